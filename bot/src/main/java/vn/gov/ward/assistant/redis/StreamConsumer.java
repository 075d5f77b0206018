package vn.gov.ward.assistant.redis;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.PendingMessage;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * One member of a Redis stream's consumer group: each entry goes to one member across all instances, is
 * acknowledged and deleted once handled, and an entry a member read but did not finish (it died, or the
 * handler threw) is taken over after {@code claimIdle}. An entry delivered {@code maxDeliveries} times
 * without success is a poison entry: it moves to the dead-letter stream with the last reason it failed,
 * where admins see it ({@code GET /api/v1/dead-letters}). Used by the outbox, the channel inboxes and the dossier effects.
 *
 * <p>{@link #start} runs it on a thread of its own: it backs off while Redis is away and, stopped, finishes
 * the entry in hand first (the rest of a batch read stays pending and is taken over later).
 *
 * <p>The dead-letter stream and its reasons hash ({@code <deadLetters>:reasons}) must share the stream's
 * Cluster slot: the dead-letter key carries the stream's hash tag, or the stream's whole name as its tag.
 */
public final class StreamConsumer {

    private static final Logger log = LoggerFactory.getLogger(StreamConsumer.class);
    private static final int BATCH = 20;
    private static final Duration BLOCK = Duration.ofMillis(500);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);
    private static final int REASON_LENGTH = 500;
    // Acknowledged, deleted and its failure forgotten in one step: never handled twice for a half-done acknowledgement.
    private static final RedisScript<Long> DONE = RedisScript.of("""
            redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
            redis.call('XDEL', KEYS[1], ARGV[2])
            return redis.call('HDEL', KEYS[2], ARGV[2])""", Long.class);
    // Copied to the dead letters with why, and taken out of the stream, in one step.
    private static final RedisScript<Long> DEAD_LETTER = RedisScript.of("""
            local entry = redis.call('XRANGE', KEYS[1], ARGV[2], ARGV[2])
            if #entry == 1 then
              local fields = entry[1][2]
              for _, f in ipairs({'dead-letter-reason', ARGV[3], 'dead-letter-deliveries', ARGV[4],
                                  'dead-letter-entry', ARGV[2], 'dead-letter-stream', KEYS[1]}) do
                table.insert(fields, f)
              end
              redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[5], '*', unpack(fields))
            end
            redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
            redis.call('XDEL', KEYS[1], ARGV[2])
            redis.call('HDEL', KEYS[3], ARGV[2])
            return #entry""", Long.class);

    private final StringRedisTemplate redis;
    private final String stream;
    private final String deadLetters;
    private final String reasons;
    private final String group;
    private final Duration claimIdle;
    private final int maxDeliveries;
    private final Consumer<Map<Object, Object>> handler;
    private final String name = hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    private volatile Runnable deadLettered = () -> { };
    private volatile Duration longestBackOff = Backoff.LONGEST;
    private volatile boolean groupReady;
    private volatile boolean stopping;
    private Thread thread;

    /**
     * @param deadLetters   the stream poison entries go to, in the stream's slot
     * @param maxDeliveries deliveries before an entry that keeps failing is a dead letter
     * @param handler       handles one entry's fields; an exception leaves the entry to be taken over later
     */
    public StreamConsumer(StringRedisTemplate redis, String stream, String deadLetters, String group, Duration claimIdle,
                          int maxDeliveries, Consumer<Map<Object, Object>> handler) {
        this.redis = redis;
        this.stream = stream;
        this.deadLetters = deadLetters;
        this.reasons = RedisKeys.deadLetterReasons(deadLetters);
        this.group = group;
        this.claimIdle = claimIdle;
        this.maxDeliveries = maxDeliveries;
        this.handler = handler;
    }

    /** Runs {@code action} after each entry this consumer moves to the dead letters (a meter). */
    public StreamConsumer whenDeadLettered(Runnable action) {
        this.deadLettered = action;
        return this;
    }

    /** Waits at most this long between tries while Redis is away ({@code streams.longest-back-off}). */
    public StreamConsumer backingOffUpTo(Duration longest) {
        this.longestBackOff = longest;
        return this;
    }

    /** Handles abandoned entries, then new ones, waiting up to {@code block} for them (zero: no wait). */
    public void poll(Duration block) {
        try {
            ensureGroup();
            claimAbandoned();
            readNew(block);
        } catch (DataAccessException e) {
            // NOGROUP: Redis came back without its data; the group is made again on the next poll.
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains("NOGROUP")) groupReady = false;
            throw e;
        }
    }

    private void readNew(Duration block) {
        StreamReadOptions options = StreamReadOptions.empty().count(BATCH);
        if (!block.isZero()) options = options.block(block);
        List<MapRecord<String, Object, Object>> records = redis.opsForStream().read(
                org.springframework.data.redis.connection.stream.Consumer.from(group, name), options,
                StreamOffset.create(stream, ReadOffset.lastConsumed()));
        if (records == null) return;
        for (MapRecord<String, Object, Object> record : records) {
            if (stopping) return;
            handle(record);
        }
    }

    /** Polls on a thread of its own until {@link #stop}, running {@code beforeEachRead} before each poll. */
    public synchronized void start(String threadName, Runnable beforeEachRead) {
        stopping = false;
        Backoff backoff = new Backoff(threadName, log, longestBackOff);
        thread = new Thread(() -> {
            while (!stopping) {
                try {
                    beforeEachRead.run();
                    poll(BLOCK);
                    backoff.succeeded();
                } catch (RuntimeException e) {
                    if (!stopping) pause(backoff.failed(e));
                }
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops polling and waits for the entry in hand to be finished. */
    public void stop() {
        Thread running;
        synchronized (this) {
            stopping = true;
            notifyAll();
            running = thread;
            thread = null;
        }
        if (running == null || running == Thread.currentThread()) return;
        try {
            running.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void pause(Duration wait) {
        try {
            if (!stopping) wait(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void ensureGroup() {
        if (groupReady) return;
        try {
            redis.opsForStream().createGroup(stream, ReadOffset.from("0"), group);
        } catch (RedisSystemException e) {
            // BUSYGROUP: another instance or an earlier run made the group.
            if (!String.valueOf(e.getMostSpecificCause().getMessage()).contains("BUSYGROUP")) throw e;
        }
        groupReady = true;
    }

    private void handle(MapRecord<String, Object, Object> record) {
        String id = record.getId().getValue();
        try {
            handler.accept(record.getValue());
        } catch (RuntimeException e) {
            // Redis went away under the handler: the entry stays pending, the worker backs off and it is tried again.
            if (RedisOutage.isOutage(e)) throw e;
            log.warn("Entry {} of {} not handled ({}); it will be tried again after {}", id, stream, e.toString(), claimIdle);
            String reason = e.toString();
            redis.opsForHash().put(reasons, id, reason.length() > REASON_LENGTH ? reason.substring(0, REASON_LENGTH) : reason);
            return;
        }
        redis.execute(DONE, List.of(stream, reasons), group, id);
    }

    private void claimAbandoned() {
        var pending = redis.opsForStream().pending(stream, group, Range.unbounded(), BATCH);
        if (pending == null) return;
        for (PendingMessage p : pending) {
            if (stopping) return;
            if (p.getElapsedTimeSinceLastDelivery().compareTo(claimIdle) < 0) continue;
            if (p.getTotalDeliveryCount() >= maxDeliveries) {
                deadLetter(p);
                continue;
            }
            redis.opsForStream().claim(stream, group, name, claimIdle, p.getId()).forEach(this::handle);
        }
    }

    private void deadLetter(PendingMessage p) {
        String id = p.getIdAsString();
        Object reason = redis.opsForHash().get(reasons, id);
        String why = reason == null ? "not finished (the instance handling it stopped)" : (String) reason;
        redis.opsForSet().add(RedisKeys.DEAD_LETTER_STREAMS, deadLetters);
        Long moved = redis.execute(DEAD_LETTER, List.of(stream, deadLetters, reasons), group, id, why, Long.toString(p.getTotalDeliveryCount()),
                Integer.toString(RedisKeys.DEAD_LETTERS_KEPT));
        if (moved != null && moved == 1) deadLettered.run();
        log.warn("Entry {} of {} moved to the dead letters {} after {} deliveries: {}", id, stream, deadLetters,
                p.getTotalDeliveryCount(), why);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "instance";
        }
    }
}
