package vn.gov.ward.assistant.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.data.redis.autoconfigure.DataRedisProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.redis.StreamProperties;

/**
 * Starts a worker thread per lane of each channel sender ({@code outbox.lanes}) with the application, and stops them
 * with it: a graceful shutdown waits for each worker to finish the message in hand. Each channel's waiting messages
 * (of all its lanes) are watched ({@link OutboxMeters}) whether or not this instance sends.
 */
@Component
class OutboxWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorkers.class);
    // Pooled Redis connections the other blocking readers (the Zalo inbox, the dossier effects) and pipelined writes need.
    private static final int OTHER_CONNECTIONS = 4;

    private final List<ChannelSender> senders;
    private final Outbox outbox;
    private final StringRedisTemplate redis;
    private final OutboxProperties properties;
    private final StreamProperties streams;
    private final Clock clock;
    private final List<OutboxWorker> workers = new ArrayList<>();
    private volatile boolean running;

    OutboxWorkers(List<ChannelSender> senders, Outbox outbox, StringRedisTemplate redis, OutboxProperties properties, StreamProperties streams,
                  Clock clock, DataRedisProperties redisProperties) {
        this.senders = senders;
        this.outbox = outbox;
        this.redis = redis;
        this.properties = properties;
        this.streams = streams;
        this.clock = clock;
        senders.forEach(sender -> outbox.meters().watchWaiting(sender.channel(), outbox));
        warnIfThePoolIsTooSmall(redisProperties.getLettuce().getPool());
    }

    /** Each lane's reader holds a pooled connection while it waits for messages (a blocking read): too many starve the rest. */
    private void warnIfThePoolIsTooSmall(DataRedisProperties.Pool pool) {
        int needed = senders.size() * properties.lanes() + OTHER_CONNECTIONS;
        if (Boolean.FALSE.equals(pool.getEnabled()) || !properties.workersEnabled() || pool.getMaxActive() >= needed) return;
        log.warn("outbox.lanes={} on {} channels needs about {} pooled Redis connections, more than the {} of "
                        + "spring.data.redis.lettuce.pool.max-active: raise it (and max-idle) or requests will wait for a connection",
                properties.lanes(), senders.size(), needed, pool.getMaxActive());
    }

    @Override
    public synchronized void start() {
        if (!properties.workersEnabled()) return;
        for (ChannelSender sender : senders) {
            for (int lane = 0; lane < properties.lanes(); lane++) {
                OutboxWorker worker = new OutboxWorker(sender, lane, outbox, redis, properties, clock).backingOffUpTo(streams.longestBackOff());
                workers.add(worker);
                worker.start();
            }
        }
        running = true;
    }

    @Override
    public synchronized void stop() {
        // Together, not one after the other: each waits for its message in hand and its read (up to half a second).
        List<Thread> stopping = workers.stream().map(worker -> new Thread(worker::stop, "outbox-stop")).toList();
        stopping.forEach(Thread::start);
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        workers.clear();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
