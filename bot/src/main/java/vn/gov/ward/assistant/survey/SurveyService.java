package vn.gov.ward.assistant.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.conversation.ButtonPayload;
import vn.gov.ward.assistant.conversation.CitizenMessages;
import vn.gov.ward.assistant.conversation.Reply;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.dossier.DossierStatusChanged;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.outbox.OutboxMessage;
import vn.gov.ward.assistant.redis.RedisOutage;

/**
 * The satisfaction survey after a result is returned: asked once per dossier, on Zalo when the
 * citizen is tied to the dossier (one-tap 1–5 in the chat window, the ZNS rating template by phone
 * outside it), always with a signed rating link; one reminder after two working days without an
 * answer. One rating per dossier whatever the path; a score of 1–2 reaches the officer's leader at once ({@link LowRatingAlerts}).
 *
 * <p>Redis: see {@link SurveyKeys}.
 */
@Service
public class SurveyService {

    private static final Logger log = LoggerFactory.getLogger(SurveyService.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final DossierService dossiers;
    private final RatingLinks links;
    private final CitizenMessages citizens;
    private final OfficerRegistry officers;
    private final LowRatingAlerts alerts;
    private final WorkingCalendar calendar;
    private final SurveyProperties properties;
    private final Clock clock;

    SurveyService(StringRedisTemplate redis, JsonMapper json, DossierService dossiers, RatingLinks links, CitizenMessages citizens,
                  OfficerRegistry officers, LowRatingAlerts alerts, WorkingCalendar calendar, SurveyProperties properties, Clock clock) {
        this.redis = redis;
        this.json = json;
        this.dossiers = dossiers;
        this.links = links;
        this.citizens = citizens;
        this.officers = officers;
        this.alerts = alerts;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void statusChanged(DossierStatusChanged change) {
        if (change.dossier().status() == DossierStatus.RETURNED && change.previous() != DossierStatus.RETURNED) begin(change.dossier());
    }

    /**
     * Starts the survey of a returned dossier, once: carried out again (the change delivered again after a
     * failure part-way), each step finds its own work done (the question is queued once under its key).
     */
    void begin(Dossier d) {
        Instant returnedAt = d.history().get(d.history().size() - 1).at();
        redis.opsForHash().putIfAbsent(SurveyKeys.survey(d.code()), "returnedAt", returnedAt.toString());
        redis.opsForZSet().add(SurveyKeys.RETURNED, d.code(), returnedAt.toEpochMilli());
        String user = d.applicant().zaloUserId();
        if (user == null) return; // the rating link is still there for the office to give (GET /api/v1/surveys/{code})
        String conversation = "zalo:" + user;
        ZonedDateTime sendAt = officeTimeFromNow();
        redis.opsForHash().put(SurveyKeys.survey(d.code()), "conversation", conversation);
        send(d, conversation, "survey:" + d.code(), question(d, false), sendAt);
        Instant remindAt = calendar.addWorkingTime(sendAt, calendar.workingTime(properties.remindAfter())).toInstant();
        redis.opsForZSet().addIfAbsent(SurveyKeys.REMINDERS, d.code(), remindAt.toEpochMilli());
    }

    private void send(Dossier d, String conversation, String key, Reply reply, ZonedDateTime sendAt) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("code", d.code());
        params.put("procedure", dossiers.procedure(d.procedureCode()).name());
        params.put("link", links.url(d.code()));
        Instant notBefore = sendAt.toInstant().isAfter(clock.instant()) ? sendAt.toInstant() : null;
        citizens.send(conversation, key, reply, new OutboxMessage.Fallback("rating", d.applicant().phone(), params), notBefore)
                // The outbox id is the ZNS tracking id when the template goes out instead.
                .ifPresent(id -> redis.opsForValue().set(SurveyKeys.tracking(id), d.code(), SurveyKeys.TRACKING_KEPT));
    }

    private Reply question(Dossier d, boolean reminder) {
        String text = (reminder ? "Nhắc lại: " : "") + "Hồ sơ " + d.code() + " (" + dossiers.procedure(d.procedureCode()).name()
                + ") đã trả kết quả. Ông/Bà hài lòng thế nào với việc giải quyết hồ sơ? Vui lòng chọn một mức bên dưới "
                + "(từ Rất hài lòng đến Rất không hài lòng), hoặc đánh giá tại: " + links.url(d.code());
        List<Reply.Button> buttons = new ArrayList<>();
        for (int score = 5; score >= 1; score--) buttons.add(new Reply.Button(Rating.LABELS[score - 1], new ButtonPayload.Rating(d.code(), score).wire()));
        return new Reply(text, buttons);
    }

    /** The one reminder, two working days after the question, for surveys still unanswered. */
    @Scheduled(fixedDelayString = "${survey.reminder-scan-every:PT5M}", initialDelayString = "PT1M")
    void remind() {
        Set<String> due = redis.opsForZSet().rangeByScore(SurveyKeys.REMINDERS, Double.NEGATIVE_INFINITY, clock.millis());
        if (due == null) return;
        for (String code : due) {
            Long removed = redis.opsForZSet().remove(SurveyKeys.REMINDERS, code);
            if (removed == null || removed == 0 || rating(code).isPresent()) continue;
            Object conversation = redis.opsForHash().get(SurveyKeys.survey(code), "conversation");
            Optional<Dossier> d = dossiers.find(code);
            if (conversation == null || d.isEmpty()) continue;
            send(d.get(), (String) conversation, "survey-reminder:" + code, question(d.get(), true), officeTimeFromNow());
        }
    }

    public enum Outcome { RECORDED, ALREADY_RATED, NOT_SURVEYED }

    /**
     * Records a rating unless the dossier has one.
     *
     * @param conversationId the chat it came from, which must be the one surveyed; null for the link page and ZNS
     */
    public Outcome rate(String code, int score, String channel, String comment, Rating.Aspect aspect, String conversationId) {
        if (score < 1 || score > 5) throw new IllegalArgumentException("score 1–5");
        List<Object> survey = redis.opsForHash().multiGet(SurveyKeys.survey(code), List.of("conversation", "returnedAt"));
        Object surveyed = survey.get(0);
        if (conversationId != null && !conversationId.equals(surveyed)) return Outcome.NOT_SURVEYED;
        Object returned = survey.get(1);
        Optional<Dossier> d = dossiers.find(code);
        if (returned == null || d.isEmpty()) return Outcome.NOT_SURVEYED;
        Rating rating = new Rating(code, d.get().procedureCode(), d.get().officerId(), channel, score, blankToNull(comment), aspect,
                clock.instant(), Instant.parse((String) returned));
        Boolean first = redis.opsForValue().setIfAbsent(SurveyKeys.rating(code), json.writeValueAsString(rating));
        if (!Boolean.TRUE.equals(first)) return Outcome.ALREADY_RATED;
        redis.opsForZSet().remove(SurveyKeys.REMINDERS, code);
        log.debug("Dossier {} rated {} on {}", code, score, channel);
        if (score <= 2) alerts.raise(rating, d.get());
        return Outcome.RECORDED;
    }

    /** A comment after a chat rating; a low one's comment follows the alert to the leader. */
    void comment(String code, String text) {
        Optional<Rating> rating = rating(code).filter(r -> r.comment() == null);
        if (rating.isEmpty()) return;
        Rating commented = rating.get().withComment(text);
        redis.opsForValue().set(SurveyKeys.rating(code), json.writeValueAsString(commented));
        if (commented.score() <= 2) dossiers.find(code).ifPresent(d -> alerts.update(commented, d, "comment"));
    }

    /** A comment may follow a chat rating: the conversation's next message within ten minutes. */
    void awaitComment(String conversationId, String code) {
        redis.opsForValue().set(SurveyKeys.awaitedComment(conversationId), code, SurveyKeys.COMMENT_WINDOW);
    }

    /** The dossier whose comment this conversation's message is, once: the wait ends either way. */
    Optional<String> takeAwaitedComment(String conversationId) {
        try {
            return Optional.ofNullable(redis.opsForValue().getAndDelete(SurveyKeys.awaitedComment(conversationId)));
        } catch (RuntimeException e) {
            // Asked of every message: while Redis is away the message is taken as not a comment (best-effort).
            if (RedisOutage.isOutage(e)) return Optional.empty();
            throw e;
        }
    }

    void commentSkipped(String conversationId) {
        redis.delete(SurveyKeys.awaitedComment(conversationId));
    }

    void aspect(String code, Rating.Aspect aspect) {
        rating(code).map(r -> r.withAspect(aspect)).ifPresent(r -> {
            redis.opsForValue().set(SurveyKeys.rating(code), json.writeValueAsString(r));
            if (r.score() <= 2) dossiers.find(code).ifPresent(d -> alerts.update(r, d, "aspect"));
        });
    }

    /** A rating of 1–2 no leader has marked handled yet. */
    public record LowRating(String dossierCode, String officerId, int score, Instant ratedAt) {
    }

    /** The low ratings of these officers' dossiers not handled yet, oldest first (a leader's digest). */
    public List<LowRating> unhandledLowRatings(Set<String> officerIds) {
        Set<String> codes = redis.opsForZSet().range(SurveyKeys.LOW_RATINGS, 0, -1);
        if (codes == null || codes.isEmpty()) return List.of();
        List<String> stored = redis.opsForValue().multiGet(codes.stream().map(SurveyKeys::rating).toList());
        List<LowRating> low = new ArrayList<>();
        if (stored == null) return low;
        stored.stream().filter(Objects::nonNull).map(s -> json.readValue(s, Rating.class)).filter(r -> officerIds.contains(r.officerId()))
                .forEach(r -> low.add(new LowRating(r.dossierCode(), r.officerId(), r.score(), r.ratedAt())));
        return low;
    }

    /**
     * What a citizen who gave a low score reads: regret, and who will contact them (the leader of the officer who
     * handled the dossier, whom the rating has reached), not thanks.
     */
    String regret(String code) {
        String who = dossiers.find(code).flatMap(d -> officers.find(d.officerId())).flatMap(officers::leaderOf)
                .map(leader -> "lãnh đạo phụ trách là " + leader.name() + " (" + leader.unit() + ")").orElse("lãnh đạo UBND phường");
        return "Phường rất tiếc vì Ông/Bà chưa hài lòng với việc giải quyết hồ sơ " + code + ". Ý kiến của Ông/Bà đã được chuyển ngay tới "
                + who + "; lãnh đạo sẽ liên hệ lại với Ông/Bà trong giờ làm việc.";
    }

    /** A rating given on the ZNS template, from the webhook or read back with rating/get. */
    public Outcome rateByTracking(String trackingId, int stars, String note) {
        String code = trackingId == null ? null : redis.opsForValue().get(SurveyKeys.tracking(trackingId));
        if (code == null) return Outcome.NOT_SURVEYED;
        return rate(code, stars, "zns", note, null, null);
    }

    public Optional<Rating> rating(String code) {
        String stored = redis.opsForValue().get(SurveyKeys.rating(code));
        return stored == null ? Optional.empty() : Optional.of(json.readValue(stored, Rating.class));
    }

    /**
     * Keeps the ratings of dossiers returned before {@code cutoff} without what is personal (the retention
     * pass): the comment and the surveyed conversation go; score, aspect, procedure, officer and dates stay
     * for the figures. Each pass goes on from where the last one stopped.
     *
     * @return how many surveys were stripped
     */
    public int anonymiseReturnedBefore(Instant cutoff) {
        String from = redis.opsForValue().get(SurveyKeys.ANONYMISED_UNTIL);
        Set<String> codes = redis.opsForZSet().rangeByScore(SurveyKeys.RETURNED,
                from == null ? Double.NEGATIVE_INFINITY : Double.parseDouble(from), cutoff.toEpochMilli() - 1);
        if (codes == null) return 0;
        for (String code : codes) {
            redis.opsForHash().delete(SurveyKeys.survey(code), "conversation");
            rating(code).filter(r -> r.comment() != null)
                    .ifPresent(r -> redis.opsForValue().set(SurveyKeys.rating(code), json.writeValueAsString(r.withComment(null))));
        }
        redis.opsForValue().set(SurveyKeys.ANONYMISED_UNTIL, Long.toString(cutoff.toEpochMilli()));
        return codes.size();
    }

    boolean surveyed(String code) {
        return redis.opsForHash().hasKey(SurveyKeys.survey(code), "returnedAt");
    }

    String link(String code) {
        return links.url(code);
    }

    /** Surveys go out in office hours: now, or the next opening. */
    private ZonedDateTime officeTimeFromNow() {
        ZonedDateTime now = clock.instant().atZone(calendar.zone());
        return calendar.isOfficeHours(now) ? now : calendar.nextOfficeOpening(now);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
