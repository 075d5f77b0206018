package vn.gov.ward.assistant.survey;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.redis.RedisOutage;

/** Stores returned dossiers and their ratings the way the survey does, in bulk, for report tests. */
public final class RatingsForTests {

    /** A returned dossier; {@code score} null when the citizen did not rate it. */
    public record Returned(String dossierCode, String procedureCode, String officerId, Instant returnedAt, Integer score) {
    }

    private static final int BATCH = 500;

    private RatingsForTests() {
    }

    /**
     * Writes them pipelined, {@value #BATCH} dossiers a pipeline: on a busy machine a pipeline of a year's ratings went past
     * the 1 s command timeout (its last command waits for all before it). A batch past it is written again (the same
     * keys and values: idempotent), a few times at most.
     */
    public static void store(StringRedisTemplate redis, JsonMapper json, List<Returned> returned) {
        for (int i = 0; i < returned.size(); i += BATCH) {
            List<Returned> batch = returned.subList(i, Math.min(returned.size(), i + BATCH));
            AtomicInteger tries = new AtomicInteger();
            if (!RedisOutage.untilDone(() -> storeBatch(redis, json, batch), () -> tries.incrementAndGet() < 5)) {
                throw new IllegalStateException("ratings not written after " + tries + " tries");
            }
        }
    }

    private static void storeBatch(StringRedisTemplate redis, JsonMapper json, List<Returned> batch) {
        redis.executePipelined(new SessionCallback<Object>() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object execute(RedisOperations ops) throws DataAccessException {
                for (Returned r : batch) {
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
