package vn.gov.ward.assistant.bench;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

import io.lettuce.core.api.async.RedisAsyncCommands;
import redis.embedded.RedisServer;

/**
 * What {@code WAIT 1 <timeout>} after a write would cost the intake (a {@code main}, not a test): a master and its
 * replica on loopback from the embedded default's binary, a Spring Data Redis template (Lettuce, one shared connection,
 * as the assistant has), and dossier-sized writes ({@code SET} of 1.5 KB) alone and each followed by {@code WAIT 1 100}
 * (the replica has it before the write is acknowledged), by 1 and by 12 writers, five rounds interleaved A/B.
 */
public final class ReplicaAckBenchmark {

    public static void main(String[] args) throws Exception {
        int writes = Integer.getInteger("bench.writes", 20_000);
        Path dir = Files.createTempDirectory("replica-ack");
        int masterPort = freePort();
        int replicaPort = freePort();
        RedisServer master = RedisServer.newRedisServer().bind("127.0.0.1").port(masterPort).setting("dir " + dir)
                .setting("dbfilename m.rdb").setting("save \"\"").setting("appendonly no").build();
        RedisServer replica = RedisServer.newRedisServer().bind("127.0.0.1").port(replicaPort).setting("dir " + dir)
                .setting("dbfilename r.rdb").setting("save \"\"").setting("appendonly no").slaveOf("127.0.0.1", masterPort).build();
        master.start();
        replica.start();
        LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", masterPort));
        factory.afterPropertiesSet();
        factory.start();
        try {
            StringRedisTemplate redis = new StringRedisTemplate(factory);
            while (!redis.execute((RedisCallback<String>) c -> String.valueOf(c.serverCommands().info("replication"))).contains("connected_slaves=1")) {
                Thread.sleep(100);
            }
            String dossier = "x".repeat(1_500);
            for (int round = 1; round <= 5; round++) {
                for (int writers : new int[] {1, 12}) {
                    double plain = run(redis, writers, writes, dossier, false);
                    double acked = run(redis, writers, writes, dossier, true);
                    System.out.printf("round %d, %2d writers: SET %,.0f/s (%.1f µs each), SET + WAIT 1 100 %,.0f/s (%.1f µs each)%n",
                            round, writers, plain, writers * 1e6 / plain, acked, writers * 1e6 / acked);
                }
            }
        } finally {
            factory.destroy();
            replica.stop();
            master.stop();
        }
        System.exit(0); // Lettuce's threads would keep the JVM
    }

    /** @return writes a second */
    private static double run(StringRedisTemplate redis, int writers, int writes, String value, boolean waitForReplica) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                for (int i = writer; i < writes; i += writers) {
                    redis.opsForValue().set("dossier:{bench-" + i + "}", value);
                    if (waitForReplica) {
                        Long replicas = redis.execute((RedisCallback<Long>) c -> waitForReplica(c));
                        if (replicas == null || replicas < 1) throw new IllegalStateException("the replica did not acknowledge");
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) f.get();
        pool.shutdown();
        return writes * 1e9 / (System.nanoTime() - start);
    }

    /** WAIT on the template's shared connection (Spring Data Redis has no command for it). */
    @SuppressWarnings("unchecked")
    private static Long waitForReplica(RedisConnection connection) {
        try {
            return ((RedisAsyncCommands<byte[], byte[]>) connection.getNativeConnection()).waitForReplication(1, 100).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
