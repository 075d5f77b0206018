package vn.gov.ward.assistant.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.data.redis.connection.RedisClusterConfiguration;
import org.springframework.data.redis.connection.RedisClusterConnection;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import redis.embedded.RedisServer;

/**
 * A real Redis Cluster of three masters on loopback, from the Redis binary of the embedded default (the
 * embedded-redis jar's), each with its slots assigned by hand (a third of the 16,384 each) and introduced to the
 * others; ready once every node says {@code cluster_state:ok}. One for the JVM ({@link #shared}), stopped when the
 * JVM ends.
 */
public final class RedisClusterForTests {

    private static final int SLOTS = 16_384;
    private static final int MASTERS = 3;
    private static RedisClusterForTests shared;

    private final List<RedisServer> servers = new ArrayList<>();
    private final List<Integer> ports = new ArrayList<>();
    private LettuceConnectionFactory factory;

    /** The cluster of this JVM, started on first use. */
    public static synchronized RedisClusterForTests shared() {
        if (shared == null) {
            shared = new RedisClusterForTests();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "redis-cluster-stop"));
        }
        return shared;
    }

    private RedisClusterForTests() {
        try {
            Path dir = Files.createTempDirectory("redis-cluster");
            for (int i = 0; i < MASTERS; i++) {
                int port = freePortWithItsBusPort();
                RedisServer server = RedisServer.newRedisServer().bind("127.0.0.1").port(port)
                        .setting("cluster-enabled yes")
                        .setting("cluster-config-file " + dir.resolve("nodes-" + port + ".conf"))
                        .setting("cluster-node-timeout 5000")
                        .setting("dir " + dir)
                        .setting("save \"\"")
                        .setting("appendonly no")
                        .soutListener(line -> { })
                        .serrListener(line -> { })
                        .build();
                server.start();
                servers.add(server);
                ports.add(port);
            }
            formCluster();
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException(e);
        }
    }

    /** The masters as {@code spring.data.redis.cluster.nodes} takes them. */
    public String nodes() {
        return String.join(",", ports.stream().map(p -> "127.0.0.1:" + p).toList());
    }

    /** A template on the cluster (a Cluster connection: each command goes to its slot's master). */
    public StringRedisTemplate template() {
        return new StringRedisTemplate(connectionFactory());
    }

    /**
     * Deletes every key on every master: a plain test that wrote keys of its own leaves the cluster as it found it
     * for the application suites that may run on it next in the same JVM.
     */
    public void empty() {
        try (RedisClusterConnection connection = connectionFactory().getClusterConnection()) {
            connection.serverCommands().flushAll();
        }
    }

    public synchronized LettuceConnectionFactory connectionFactory() {
        if (factory == null) {
            factory = new LettuceConnectionFactory(new RedisClusterConfiguration(List.of(nodes().split(","))));
            factory.afterPropertiesSet();
            factory.start();
        }
        return factory;
    }

    private void formCluster() {
        RedisClient client = RedisClient.create();
        try {
            List<StatefulRedisConnection<String, String>> nodes = ports.stream()
                    .map(p -> client.connect(RedisURI.create("127.0.0.1", p))).toList();
            for (int i = 0; i < MASTERS; i++) {
                int from = i * SLOTS / MASTERS;
                int to = (i + 1) * SLOTS / MASTERS;
                nodes.get(i).sync().clusterAddSlots(IntStream.range(from, to).toArray());
            }
            for (int i = 1; i < MASTERS; i++) nodes.get(0).sync().clusterMeet("127.0.0.1", ports.get(i));
            Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
            while (!nodes.stream().allMatch(n -> n.sync().clusterInfo().contains("cluster_state:ok")
                    && n.sync().clusterNodes().lines().filter(l -> l.contains("master")).count() == MASTERS)) {
                if (Instant.now().isAfter(giveUp)) throw new IllegalStateException("The test cluster did not reach cluster_state:ok");
                Thread.sleep(100);
            }
            nodes.forEach(StatefulRedisConnection::close);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            client.shutdown();
        }
    }

    /** A free loopback port whose cluster bus port (10,000 above) is free too. */
    private static int freePortWithItsBusPort() throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int port = socket.getLocalPort();
                if (port + 10_000 > 65_535) continue;
                try (ServerSocket bus = new ServerSocket(port + 10_000, 1, InetAddress.getLoopbackAddress())) {
                    return port;
                } catch (IOException busy) {
                    // the bus port is taken: try another
                }
            }
        }
        throw new IOException("No free loopback port with a free cluster bus port");
    }

    private void stop() {
        if (factory != null) factory.destroy();
        for (RedisServer server : servers) {
            try {
                server.stop();
            } catch (IOException e) {
                // stopping at JVM exit: nothing left to do
            }
        }
    }
}
