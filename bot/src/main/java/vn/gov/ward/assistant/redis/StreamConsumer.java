package vn.gov.ward.assistant.redis;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * One member of a Redis stream's consumer group: each entry goes to one member across all
 * instances, is acknowledged and deleted once handled, and an entry a dead member read but never
 * acknowledged is taken over after {@code claimIdle}. Used by the outbox and the channel inboxes.
 */
public final class StreamConsumer {

    private static final Logger log = LoggerFactory.getLogger(StreamConsumer.class);
    private static final int BATCH = 20;

    private final StringRedisTemplate redis;
    private final String stream;
    private final String group;
    private final Duration claimIdle;
    private final Consumer<Map<Object, Object>> handler;
    private final String name = hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);

    /** @param handler handles one entry's fields; an exception leaves the entry to be taken over later */
    public StreamConsumer(StringRedisTemplate redis, String stream, String group, Duration claimIdle,
                          Consumer<Map<Object, Object>> handler) {
        this.redis = redis;
        this.stream = stream;
        this.group = group;
        this.claimIdle = claimIdle;
        this.handler = handler;
        try {
            redis.opsForStream().createGroup(stream, ReadOffset.from("0"), group);
        } catch (RedisSystemException e) {
            // BUSYGROUP: another instance or an earlier run made the group.
            if (!String.valueOf(e.getMostSpecificCause().getMessage()).contains("BUSYGROUP")) throw e;
        }
    }

    /** Handles abandoned entries, then new ones, waiting up to {@code block} for them (zero: no wait). */
    public void poll(Duration block) {
        claimAbandoned();
        StreamReadOptions options = StreamReadOptions.empty().count(BATCH);
        if (!block.isZero()) options = options.block(block);
        List<MapRecord<String, Object, Object>> records = redis.opsForStream().read(
                org.springframework.data.redis.connection.stream.Consumer.from(group, name), options,
                StreamOffset.create(stream, ReadOffset.lastConsumed()));
        if (records != null) records.forEach(this::handle);
    }

    private void handle(MapRecord<String, Object, Object> record) {
        try {
            handler.accept(record.getValue());
        } catch (RuntimeException e) {
            log.warn("Entry {} of {} not handled ({}); it will be taken over after {}", record.getId(), stream, e.toString(), claimIdle);
            return;
        }
        redis.opsForStream().acknowledge(stream, group, record.getId());
        redis.opsForStream().delete(stream, record.getId());
    }

    private void claimAbandoned() {
        var pending = redis.opsForStream().pending(stream, group, Range.unbounded(), BATCH);
        if (pending == null) return;
        pending.forEach(p -> {
            if (p.getElapsedTimeSinceLastDelivery().compareTo(claimIdle) < 0) return;
            redis.opsForStream().claim(stream, group, name, claimIdle, p.getId()).forEach(this::handle);
        });
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "instance";
        }
    }
}
