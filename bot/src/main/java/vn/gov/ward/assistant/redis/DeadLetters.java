package vn.gov.ward.assistant.redis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The poison entries {@link StreamConsumer}s set aside: every dead-letter stream with its latest entries and why
 * each failed, for admins, and an entry sent back to the stream it failed in once its cause is fixed.
 */
@Component
public class DeadLetters {

    static final String PREFIX = "dead-letter-";
    // Back into its stream without the dead-letter fields, and out of the dead letters, in one step (one slot: the
    // dead-letter stream carries its stream's hash tag).
    private static final RedisScript<String> REPLAY = RedisScript.of("""
            local entry = redis.call('XRANGE', KEYS[1], ARGV[1], ARGV[1])
            if #entry == 0 then return false end
            local fields = {}
            local values = entry[1][2]
            for i = 1, #values, 2 do
              if string.sub(values[i], 1, 12) ~= 'dead-letter-' then
                table.insert(fields, values[i])
                table.insert(fields, values[i + 1])
              end
            end
            local id = redis.call('XADD', KEYS[2], '*', unpack(fields))
            redis.call('XDEL', KEYS[1], ARGV[1])
            return id""", String.class);

    private final StringRedisTemplate redis;

    DeadLetters(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /**
     * @param stream  the stream the entry failed in
     * @param entry   its id there
     * @param fields  the entry as it was
     */
    public record DeadLetter(String id, Instant at, String stream, String entry, String reason, int deliveries, Map<String, String> fields) {
    }

    /** @param size how many it holds; {@code latest} are the newest first */
    public record DeadLetterStream(String key, long size, List<DeadLetter> latest) {
    }

    /** A dead letter sent back: the stream it failed in and its new id there. */
    public record Replayed(String stream, String id) {
    }

    /** Every dead-letter stream with its {@code limit} latest entries, newest first. */
    public List<DeadLetterStream> list(int limit) {
        List<DeadLetterStream> result = new ArrayList<>();
        for (String key : streams()) {
            Long size = redis.opsForStream().size(key);
            List<MapRecord<String, Object, Object>> records = redis.opsForStream().reverseRange(key, Range.unbounded(), Limit.limit().count(limit));
            result.add(new DeadLetterStream(key, size == null ? 0 : size, records == null ? List.of() : records.stream().map(DeadLetters::read).toList()));
        }
        return result;
    }

    /**
     * Sends a dead letter back to the stream it failed in, as it was, to be handled afresh (its deliveries counted
     * from zero).
     *
     * @param key the dead-letter stream, as {@link #list} names it
     * @param id  the dead letter's id there
     * @return where the entry is now; empty when there is no such dead letter
     */
    public Optional<Replayed> replay(String key, String id) {
        if (!streams().contains(key)) return Optional.empty();
        List<MapRecord<String, Object, Object>> found = redis.opsForStream().range(key, Range.closed(id, id));
        if (found == null || found.isEmpty()) return Optional.empty();
        String stream = read(found.get(0)).stream();
        if (stream == null) return Optional.empty();
        return Optional.ofNullable(redis.execute(REPLAY, List.of(key, stream), id)).map(newId -> new Replayed(stream, newId));
    }

    private TreeSet<String> streams() {
        var keys = redis.opsForSet().members(RedisKeys.DEAD_LETTER_STREAMS);
        return new TreeSet<>(keys == null ? List.of() : keys);
    }

    private static DeadLetter read(MapRecord<String, Object, Object> record) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> meta = new LinkedHashMap<>();
        record.getValue().forEach((k, v) -> (((String) k).startsWith(PREFIX) ? meta : fields).put((String) k, (String) v));
        return new DeadLetter(record.getId().getValue(), Instant.ofEpochMilli(record.getId().getTimestamp()), meta.get(PREFIX + "stream"),
                meta.get(PREFIX + "entry"), meta.get(PREFIX + "reason"), Integer.parseInt(meta.getOrDefault(PREFIX + "deliveries", "0")), fields);
    }
}
