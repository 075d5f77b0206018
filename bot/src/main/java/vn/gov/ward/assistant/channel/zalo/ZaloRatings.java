package vn.gov.ward.assistant.channel.zalo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import vn.gov.ward.assistant.channel.zalo.api.Rating;
import vn.gov.ward.assistant.channel.zalo.api.ZaloApiException;
import vn.gov.ward.assistant.channel.zalo.api.ZaloClient;
import vn.gov.ward.assistant.channel.zalo.api.ZaloProperties;
import vn.gov.ward.assistant.survey.SurveyService;

/**
 * Reads back the ZNS rating template's ratings with {@code rating/get} and records any the
 * {@code user_feedback} webhook did not bring (its payload is undocumented, and webhooks get lost):
 * matched by tracking id, and harmless for ratings already recorded (one per dossier).
 */
class ZaloRatings {

    private static final Logger log = LoggerFactory.getLogger(ZaloRatings.class);
    private static final Duration OVERLAP = Duration.ofHours(1);

    private final ZaloClient client;
    private final ZaloProperties properties;
    private final SurveyService surveys;
    private final StringRedisTemplate redis;
    private final Clock clock;

    ZaloRatings(ZaloClient client, ZaloProperties properties, SurveyService surveys, StringRedisTemplate redis, Clock clock) {
        this.client = client;
        this.properties = properties;
        this.surveys = surveys;
        this.redis = redis;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${zalo.ratings-read-every:PT15M}", initialDelayString = "PT2M")
    void reconcile() {
        properties.zns().template("rating").ifPresent(template -> {
            Instant now = clock.instant();
            String last = redis.opsForValue().get(ZaloKeys.RATINGS_READ_UNTIL);
            // Ratings can be given days after the template arrives: read back over the link's lifetime the first time.
            Instant from = last == null ? now.minus(Duration.ofDays(15)) : Instant.parse(last).minus(OVERLAP);
            try {
                int recorded = 0;
                for (Rating r : client.ratings(template.id(), from, now)) {
                    if (surveys.rateByTracking(r.trackingId(), r.stars(), r.note()) == SurveyService.Outcome.RECORDED) recorded++;
                }
                redis.opsForValue().set(ZaloKeys.RATINGS_READ_UNTIL, now.toString());
                if (recorded > 0) log.info("{} ZNS ratings recorded from rating/get", recorded);
            } catch (ZaloApiException e) {
                log.warn("Reading ZNS ratings failed; the next read covers the same time: {}", e.getMessage());
            }
        });
    }
}
