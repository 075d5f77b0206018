package vn.gov.ward.assistant.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;

/**
 * The dossiers returned in a period with their rating, if any: what every satisfaction figure is
 * computed from. A rating counts in the period its dossier was returned.
 */
@Service
public class ReturnedRatings {

    /**
     * A returned dossier: its procedure and officer as the rating recorded them (from the dossier when unrated).
     *
     * @param score   1–5, or null when the citizen has not rated it
     * @param channel where the rating came from, or null
     */
    public record Returned(String dossierCode, String procedureCode, String officerId, Instant returnedAt, Integer score,
                           String channel) {

        public boolean rated() {
            return score != null;
        }

        /** Satisfied: the top two points of five. */
        public boolean satisfied() {
            return score != null && score >= 4;
        }
    }

    /** A dossier's rating as the citizen gave it: the comment is the citizen's own words. */
    public record Given(int score, String scoreLabel, String aspect, String comment, String channel, Instant ratedAt) {
    }

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final DossierService dossiers;

    ReturnedRatings(StringRedisTemplate redis, JsonMapper json, DossierService dossiers) {
        this.redis = redis;
        this.json = json;
        this.dossiers = dossiers;
    }

    /** The rating of one dossier, if the citizen gave one. */
    public Optional<Given> of(String dossierCode) {
        return Optional.ofNullable(redis.opsForValue().get(SurveyKeys.rating(dossierCode))).map(stored -> {
            Rating r = json.readValue(stored, Rating.class);
            return new Given(r.score(), Rating.LABELS[r.score() - 1], r.aspect() == null ? null : r.aspect().label(), r.comment(),
                    r.channel(), r.ratedAt());
        });
    }

    /** The dossiers returned in [from, to), in order of return: one index read and two pipelined reads. */
    public List<Returned> between(Instant from, Instant to) {
        Set<ZSetOperations.TypedTuple<String>> tuples = redis.opsForZSet().rangeByScoreWithScores(SurveyKeys.RETURNED, from.toEpochMilli(),
                to.toEpochMilli() - 1);
        if (tuples == null || tuples.isEmpty()) return List.of();
        List<String> returned = tuples.stream().map(ZSetOperations.TypedTuple::getValue).toList();
        List<Instant> returnedAt = tuples.stream().map(t -> Instant.ofEpochMilli(Objects.requireNonNull(t.getScore()).longValue())).toList();
        List<String> stored = redis.opsForValue().multiGet(returned.stream().map(SurveyKeys::rating).toList());
        List<String> unrated = new ArrayList<>();
        for (int i = 0; i < returned.size(); i++) if (stored == null || stored.get(i) == null) unrated.add(returned.get(i));
        Map<String, Dossier> unratedDossiers = dossiers.findAll(unrated);
        List<Returned> result = new ArrayList<>(returned.size());
        for (int i = 0; i < returned.size(); i++) {
            String code = returned.get(i);
            Instant at = returnedAt.get(i);
            if (stored != null && stored.get(i) != null) {
                Rating r = json.readValue(stored.get(i), Rating.class);
                result.add(new Returned(code, r.procedureCode(), r.officerId(), at, r.score(), r.channel()));
            } else {
                Dossier d = unratedDossiers.get(code);
                if (d != null) result.add(new Returned(code, d.procedureCode(), d.officerId(), at, null, null));
            }
        }
        return result;
    }
}
