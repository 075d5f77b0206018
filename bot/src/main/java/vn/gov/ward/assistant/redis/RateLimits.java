package vn.gov.ward.assistant.redis;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;

/**
 * Per-client rate limits (Bucket4j token buckets) kept in Redis, so a limit holds across instances; a bucket
 * expires once it would be full again. While Redis is away each instance keeps its own buckets in memory
 * (at most {@value #LOCAL_BUCKETS} clients, the least recent forgotten first): the limits still hold per
 * instance, and nothing waits for Redis.
 */
@Component
public class RateLimits implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);
    static final int LOCAL_BUCKETS = 10_000;

    private final LettuceConnectionFactory connections;
    private final RateLimitProperties properties;
    private final Map<String, Bucket> local = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > LOCAL_BUCKETS;
        }
    };
    private StatefulConnection<String, byte[]> connection;
    private ProxyManager<String> buckets;

    RateLimits(LettuceConnectionFactory connections, RateLimitProperties properties) {
        this.connections = connections;
        this.properties = properties;
    }

    /**
     * Takes one request from the client's bucket of the named limit.
     *
     * @param client who asks: an IP address, a Zalo user (hashed before it names a key)
     * @return empty when the request may go on; otherwise how long until it may
     */
    public Optional<Duration> tryTake(String limit, String client) {
        RateLimitProperties.Limit settings = properties.limits().get(limit);
        if (!properties.enabled() || settings == null) return Optional.empty();
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(l -> l.capacity(settings.capacity()).refillGreedy(settings.capacity(), settings.per())).build();
        String key = RedisKeys.rateLimit(limit, client);
        ConsumptionProbe probe;
        try {
            probe = buckets().builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            if (!RedisOutage.isOutage(e)) throw e;
            probe = localBucket(key, configuration).tryConsumeAndReturnRemaining(1);
        }
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private synchronized Bucket localBucket(String key, BucketConfiguration configuration) {
        return local.computeIfAbsent(key, k -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build());
    }

    /**
     * A connection of its own (Bucket4j speaks bytes), from the application's Redis client and with its options: a
     * Cluster client's connection on a Cluster (a bucket is one key, so each command goes to its slot's master), a
     * plain one on a standalone Redis or the master Sentinel names.
     */
    private synchronized ProxyManager<String> buckets() {
        if (buckets == null) {
            RedisCodec<String, byte[]> codec = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
            AbstractRedisClient client = connections.getNativeClient();
            Bucket4jLettuce.LettuceBasedProxyManagerBuilder<String> builder;
            try {
                if (client instanceof RedisClusterClient cluster) {
                    var clusterConnection = cluster.connect(codec);
                    connection = clusterConnection;
                    builder = Bucket4jLettuce.casBasedBuilder(clusterConnection);
                } else {
                    var plainConnection = ((RedisClient) client).connect(codec);
                    connection = plainConnection;
                    builder = Bucket4jLettuce.casBasedBuilder(plainConnection);
                }
            } catch (RuntimeException e) {
                throw new org.springframework.data.redis.RedisConnectionFailureException("Rate limits: no Redis connection", e);
            }
            buckets = builder
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                    .build();
            log.debug("Rate limits kept in Redis");
        }
        return buckets;
    }

    @Override
    public synchronized void destroy() {
        if (connection != null) connection.close();
    }
}
