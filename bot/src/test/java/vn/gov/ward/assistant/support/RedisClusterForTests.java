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
import java.util.function.Function;
import java.util.stream.IntStream;

import org.springframework.data.redis.connection.ClusterSlotHashUtil;
import org.springframework.data.redis.connection.RedisClusterConfiguration;
import org.springframework.data.redis.connection.RedisClusterConnection;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import redis.embedded.RedisServer;

/**
 * A real Redis Cluster of three masters on loopback, from the Redis binary of the embedded default (the
 * embedded-redis jar's), each with its slots assigned by hand (a third of the 16,384 each) and introduced to the
 * others; ready once every node says {@code cluster_state:ok}. One for the JVM ({@link #shared}), stopped when the
 * JVM ends. {@link #withReplicas} is another, each master with a replica, for a master that dies
 * ({@link #crashMasterOf}): its replica is elected once the others have not heard from it for the node timeout (2 s).
 */
public final class RedisClusterForTests {

    private static final int SLOTS = 16_384;
    private static final int MASTERS = 3;
    private static RedisClusterForTests shared;
    private static RedisClusterForTests withReplicas;

    private final List<RedisServer> servers = new ArrayList<>();
    private final List<Integer> ports = new ArrayList<>();
    private final int replicas;
    private LettuceConnectionFactory factory;

    /** The cluster of this JVM, started on first use. */
    public static synchronized RedisClusterForTests shared() {
        if (shared == null) {
            shared = new RedisClusterForTests(0, 5000);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "redis-cluster-stop"));
        }
        return shared;
    }

    /** A cluster of three masters each with a replica, started on first use. */
    public static synchronized RedisClusterForTests withReplicas() {
        if (withReplicas == null) {
            withReplicas = new RedisClusterForTests(MASTERS, 2000);
            Runtime.getRuntime().addShutdownHook(new Thread(withReplicas::stop, "redis-cluster-stop"));
        }
        return withReplicas;
    }

    private RedisClusterForTests(int replicas, int nodeTimeoutMillis) {
        this.replicas = replicas;
        try {
            Path dir = Files.createTempDirectory("redis-cluster");
            for (int i = 0; i < MASTERS + replicas; i++) {
                int port = freePortWithItsBusPort();
                RedisServer server = RedisServer.newRedisServer().bind("127.0.0.1").port(port)
                        .setting("cluster-enabled yes")
                        .setting("cluster-config-file " + dir.resolve("nodes-" + port + ".conf"))
                        .setting("cluster-node-timeout " + nodeTimeoutMillis)
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
            for (int i = 1; i < ports.size(); i++) nodes.get(0).sync().clusterMeet("127.0.0.1", ports.get(i));
            Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
            while (!nodes.stream().allMatch(n -> n.sync().clusterNodes().lines().count() == ports.size())) {
                if (Instant.now().isAfter(giveUp)) throw new IllegalStateException("The test cluster's nodes did not meet");
                Thread.sleep(100);
            }
            for (int i = 0; i < replicas; i++) nodes.get(MASTERS + i).sync().clusterReplicate(nodes.get(i).sync().clusterMyId());
            while (!nodes.stream().allMatch(n -> n.sync().clusterInfo().contains("cluster_state:ok")
                    && n.sync().clusterNodes().lines().filter(l -> l.contains("master")).count() == MASTERS
                    && n.sync().clusterNodes().lines().filter(l -> l.contains("slave")).count() == replicas)) {
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

    /** Waits until every replica has every write of its master (a quiet moment). */
    public void awaitReplicasCaughtUp() {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        RedisClient client = RedisClient.create();
        try {
            while (!ports.stream().allMatch(port -> caughtUp(client, port))) {
                if (Instant.now().isAfter(giveUp)) throw new IllegalStateException("The test cluster's replicas did not catch up");
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            client.shutdown();
        }
    }

    private static boolean caughtUp(RedisClient client, int port) {
        String replication = info(client, port);
        if (!replication.contains("role:slave")) return true;
        return field(replication, "slave_repl_offset").equals(field(info(client, Integer.parseInt(field(replication, "master_port"))), "master_repl_offset"));
    }

    private static String info(RedisClient client, int port) {
        try (StatefulRedisConnection<String, String> node = client.connect(RedisURI.create("127.0.0.1", port))) {
            return node.sync().info("replication");
        }
    }

    private static String field(String info, String name) {
        return info.lines().filter(l -> l.startsWith(name + ":")).findFirst().orElseThrow().substring(name.length() + 1).strip();
    }

    /** The port of the master serving a key's slot now. */
    public int masterOf(String key) {
        int slot = ClusterSlotHashUtil.calculateSlot(key);
        return onAnyLiveNode(node -> node.sync().clusterSlots().stream().map(range -> (List<?>) range)
                .filter(range -> ((Number) range.get(0)).intValue() <= slot && slot <= ((Number) range.get(1)).intValue())
                .map(range -> ((Number) ((List<?>) range.get(2)).get(1)).intValue()).findFirst().orElseThrow());
    }

    /**
     * Kills the process of the master serving a key's slot with SIGKILL, as a crash does; its replica is left to be
     * elected by the other masters. A cluster with replicas only ({@link #withReplicas}).
     *
     * @return the killed node's port
     */
    public int crashMasterOf(String key) {
        if (replicas == 0) throw new IllegalStateException("No replica would take over: use withReplicas()");
        int master = masterOf(key);
        RedisClient client = RedisClient.create();
        try (StatefulRedisConnection<String, String> node = client.connect(RedisURI.create("127.0.0.1", master))) {
            ProcessHandle process = ProcessHandle.of(Long.parseLong(field(node.sync().info("server"), "process_id"))).orElseThrow();
            if (!process.destroyForcibly()) throw new IllegalStateException("The master's process could not be killed");
            process.onExit().join();
        } finally {
            client.shutdown();
        }
        return master;
    }

    private <T> T onAnyLiveNode(Function<StatefulRedisConnection<String, String>, T> ask) {
        RedisClient client = RedisClient.create();
        try {
            for (int port : ports) {
                try (StatefulRedisConnection<String, String> node = client.connect(RedisURI.create("127.0.0.1", port))) {
                    return ask.apply(node);
                } catch (RedisConnectionException dead) {
                    // a killed node: ask the next
                }
            }
            throw new IllegalStateException("No node of the test cluster answers");
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
