package vn.gov.ward.assistant.upkeep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.procedure.WardAdditionsSource;
import vn.gov.ward.knowledge.search.WardAdditions;

/**
 * The ward's additions in Redis, shared by every instance, with their version and the log of changes. A change
 * is written in one script: the additions, the version, the log entry, the undo mark and the question it answers
 * move together or not at all, and only if nobody changed the additions since they were read.
 */
@Component
class WardAdditionsStore implements WardAdditionsSource {

    static final long CHANGED_MEANWHILE = -1;
    static final long ALREADY_UNDONE = -2;

    private static final RedisScript<Long> APPLY = RedisScript.of("""
            local version = tonumber(redis.call('GET', KEYS[2]) or '0')
            if version ~= tonumber(ARGV[1]) then return -1 end
            if ARGV[5] ~= '' and redis.call('HEXISTS', KEYS[4], ARGV[5]) == 1 then return -2 end
            redis.call('SET', KEYS[1], ARGV[2])
            redis.call('INCR', KEYS[2])
            redis.call('RPUSH', KEYS[3], ARGV[3])
            if ARGV[4] ~= '' then
              redis.call('ZREM', KEYS[5], ARGV[4])
              redis.call('HDEL', KEYS[6], ARGV[4])
            end
            if ARGV[5] ~= '' then redis.call('HSET', KEYS[4], ARGV[5], ARGV[6]) end
            return version + 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;

    WardAdditionsStore(StringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    @Override
    public Versioned current() {
        List<String> both = redis.opsForValue().multiGet(List.of(UpkeepKeys.VERSION, UpkeepKeys.ADDITIONS));
        long version = both == null || both.get(0) == null ? 0 : Long.parseLong(both.get(0));
        String additions = both == null ? null : both.get(1);
        return new Versioned(version, additions == null ? WardAdditions.none() : json.readValue(additions, WardAdditions.class));
    }

    @Override
    public long version() {
        String version = redis.opsForValue().get(UpkeepKeys.VERSION);
        return version == null ? 0 : Long.parseLong(version);
    }

    /**
     * Store a change made from the additions at {@code readAt}.
     *
     * @param answeredQuestion the inbox question it answers, taken out with it; null for none
     * @return the new version, {@link #CHANGED_MEANWHILE} or {@link #ALREADY_UNDONE}
     */
    long apply(long readAt, KnowledgeChange change, String answeredQuestion) {
        String undoes = change.undoes() == null ? "" : String.valueOf(change.undoes());
        Long result = redis.execute(APPLY, List.of(UpkeepKeys.ADDITIONS, UpkeepKeys.VERSION, UpkeepKeys.CHANGES, UpkeepKeys.UNDONE,
                        UpkeepKeys.QUESTIONS, UpkeepKeys.QUESTION_DETAILS),
                String.valueOf(readAt), json.writeValueAsString(change.after()), json.writeValueAsString(change),
                answeredQuestion == null ? "" : answeredQuestion, undoes, String.valueOf(change.id()));
        return result == null ? CHANGED_MEANWHILE : result;
    }

    /** Every change, newest first, each with the id of the change that undid it (if one did). */
    List<KnowledgeUpkeep.Logged> changes() {
        List<String> lines = redis.opsForList().range(UpkeepKeys.CHANGES, 0, -1);
        Map<Object, Object> undone = redis.opsForHash().entries(UpkeepKeys.UNDONE);
        List<KnowledgeUpkeep.Logged> changes = new ArrayList<>();
        if (lines == null) return changes;
        for (String line : lines) {
            KnowledgeChange change = json.readValue(line, KnowledgeChange.class);
            Object undoneBy = undone.get(String.valueOf(change.id()));
            changes.add(0, new KnowledgeUpkeep.Logged(change, undoneBy == null ? null : Long.valueOf(undoneBy.toString())));
        }
        return changes;
    }

}
