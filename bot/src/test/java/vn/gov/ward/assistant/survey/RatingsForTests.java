package vn.gov.ward.assistant.survey;

import java.time.Instant;
import java.util.List;

import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

import tools.jackson.databind.json.JsonMapper;

/** Stores returned dossiers and their ratings the way the survey does, in bulk, for report tests. */
public final class RatingsForTests {

    /** A returned dossier; {@code score} null when the citizen did not rate it. */
    public record Returned(String dossierCode, String procedureCode, String officerId, Instant returnedAt, Integer score) {
    }

    private RatingsForTests() {
    }

    public static void store(StringRedisTemplate redis, JsonMapper json, List<Returned> returned) {
        redis.executePipelined(new SessionCallback<Object>() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object execute(RedisOperations ops) throws DataAccessException {
                for (Returned r : returned) {
                    ops.opsForZSet().add(SurveyKeys.RETURNED, r.dossierCode(), r.returnedAt().toEpochMilli());
                    if (r.score() == null) continue;
                    ops.opsForValue().set(SurveyKeys.rating(r.dossierCode()), json.writeValueAsString(new Rating(r.dossierCode(),
                            r.procedureCode(), r.officerId(), "web", r.score(), null, null, r.returnedAt().plusSeconds(3600), r.returnedAt())));
                }
                return null;
            }
        });
    }
}
