package vn.gov.ward.assistant.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.sentinel.api.StatefulRedisSentinelConnection;
import io.lettuce.core.sentinel.api.sync.RedisSentinelCommands;
import redis.embedded.Redis;
import redis.embedded.RedisSentinel;
import redis.embedded.RedisServer;

/**
 * A master, its replica and three Sentinels (quorum 2) on loopback, from the Redis binary of the embedded default
 * (the embedded-redis jar's); one for the JVM ({@link #shared}), stopped when the JVM ends. {@link #failOver} has the
 * Sentinels make the replica the master, as an operator's {@code SENTINEL FAILOVER} does; {@link #crashMaster} kills
 * the master's process (SIGKILL) and the Sentinels elect the replica once they agree it is down (2 s without an
 * answer); {@link #restartCrashed} brings the killed node back, and the Sentinels make it the new master's replica.
 */
public final class RedisSentinelForTests {

    public static final String MASTER = "ward";
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);
    private static RedisSentinelForTests shared;

    private final List<Redis> processes = new ArrayList<>();
    private final Map<Integer, RedisServer> dataNodes = new LinkedHashMap<>();
    private final List<Integer> sentinelPorts = new ArrayList<>();
    private final RedisClient client = RedisClient.create();

    public static synchronized RedisSentinelForTests shared() {
        if (shared == null) {
            shared = new RedisSentinelForTests();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "redis-sentinel-stop"));
        }
        return shared;
    }

    private RedisSentinelForTests() {
        try {
            Path dir = Files.createTempDirectory("redis-sentinel");
            int master = freePort();
            int replica = freePort();
            startDataNode(dataServer(dir, master).build(), master);
            startDataNode(dataServer(dir, replica).slaveOf("127.0.0.1", master).build(), replica);
            await(() -> info(replica, "replication").contains("master_link_status:up"), "the replica in sync");
            for (int i = 0; i < 3; i++) {
                int port = freePort();
                RedisSentinel sentinel = RedisSentinel.newRedisSentinel().bind("127.0.0.1").port(port).masterName(MASTER).masterPort(master)
                        .quorumSize(2).downAfterMilliseconds(2000).failOverTimeout(10_000).parallelSyncs(1)
                        .soutListener(line -> { }).serrListener(line -> { }).build();
                sentinel.start();
                processes.add(sentinel);
                sentinelPorts.add(port);
            }
            await(() -> sentinelPorts.stream().allMatch(p -> onSentinel(p, s -> !s.replicas(MASTER).isEmpty() && "2".equals(s.master(MASTER).get("num-other-sentinels")))),
                    "the Sentinels know the replica and each other");
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException(e);
        }
    }

    private static redis.embedded.core.RedisServerBuilder dataServer(Path dir, int port) {
        return RedisServer.newRedisServer().bind("127.0.0.1").port(port)
                .setting("dir " + dir).setting("dbfilename dump-" + port + ".rdb").setting("appendonly no")
                .soutListener(line -> { }).serrListener(line -> { });
    }

    private void startDataNode(RedisServer server, int port) throws IOException {
        server.start();
        processes.add(server);
        dataNodes.put(port, server);
    }

    /** The Sentinels as {@code spring.data.redis.sentinel.nodes} takes them. */
    public String sentinelNodes() {
        return String.join(",", sentinelPorts.stream().map(p -> "127.0.0.1:" + p).toList());
    }

    /** The port of the master the Sentinels name now. */
    public int masterPort() {
        return onSentinel(sentinelPorts.get(0), s -> ((InetSocketAddress) s.getMasterAddrByName(MASTER)).getPort());
    }

    /** Waits until the replica has every write of the master (as a planned switch-over does), then fails over. */
    public void failOver() {
        int master = masterPort();
        awaitReplicaCaughtUp();
        onSentinel(sentinelPorts.get(0), s -> s.failover(MASTER));
    }

    /** Waits until the replica has every write the master has (a quiet moment). */
    public void awaitReplicaCaughtUp() {
        int master = masterPort();
        int replica = replicaPort();
        await(() -> offset(master, "master_repl_offset") == offset(replica, "slave_repl_offset"), "the replica caught up");
    }

    /**
     * Kills the master's process with SIGKILL, as a crash does: no shutdown, no last write to the replica; what the
     * replica had not received yet is gone. The Sentinels are left to notice and elect the replica.
     *
     * @return the port of the killed node
     */
    public int crashMaster() {
        int master = masterPort();
        long pid = Long.parseLong(field(info(master, "server"), "process_id"));
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        if (!process.destroyForcibly()) throw new IllegalStateException("The master's process could not be killed");
        process.onExit().join();
        return master;
    }

    /** Starts the killed node again on its port; waits until the Sentinels have made it the master's replica, in sync. */
    public void restartCrashed(int port) {
        RedisServer server = dataNodes.get(port);
        try {
            server.stop(); // the process is gone: this only marks it stopped, so that start runs it again
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int master = masterPort();
        // The Sentinels turn it into a replica with REPLICAOF and CLIENT KILL: a connection may be closed on the way.
        await(() -> {
            try {
                String replication = info(port, "replication");
                return replication.contains("master_port:" + master) && replication.contains("master_link_status:up");
            } catch (RedisConnectionException closed) {
                return false;
            }
        }, "127.0.0.1:" + port + " a replica of the master, in sync");
        await(() -> sentinelPorts.stream().allMatch(p -> onSentinel(p, s -> s.replicas(MASTER).stream()
                        .anyMatch(r -> r.get("port").equals(String.valueOf(port)) && r.get("flags").equals("slave")))),
                "every Sentinel sees 127.0.0.1:" + port + " as a healthy replica");
    }

    /** Waits until every Sentinel names the given master. */
    public void awaitMaster(int port) {
        await(() -> sentinelPorts.stream().allMatch(p -> onSentinel(p, s -> ((InetSocketAddress) s.getMasterAddrByName(MASTER)).getPort() == port)),
                "every Sentinel names 127.0.0.1:" + port);
    }

    /** The data node that is not the master now. */
    public int replicaPort() {
        int master = masterPort();
        return dataNodes.keySet().stream().filter(p -> p != master).findFirst().orElseThrow();
    }

    private long offset(int port, String field) {
        String value = field(info(port, "replication"), field);
        return value == null ? -1 : Long.parseLong(value);
    }

    private static String field(String info, String field) {
        return info.lines().filter(l -> l.startsWith(field + ":")).map(l -> l.substring(field.length() + 1).strip()).findFirst().orElse(null);
    }

    private String info(int port, String section) {
        try (StatefulRedisConnection<String, String> connection = client.connect(RedisURI.create("127.0.0.1", port))) {
            return connection.sync().info(section);
        }
    }

    private <T> T onSentinel(int port, Function<RedisSentinelCommands<String, String>, T> ask) {
        try (StatefulRedisSentinelConnection<String, String> connection = client.connectSentinel(RedisURI.create("127.0.0.1", port))) {
            return ask.apply(connection.sync());
        }
    }

    private static void await(BooleanSupplier condition, String what) {
        Instant giveUp = Instant.now().plus(LONGEST_WAIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) throw new IllegalStateException("Timed out waiting for " + what);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void stop() {
        client.shutdown();
        for (Redis process : processes) {
            try {
                process.stop();
            } catch (IOException e) {
                // stopping at JVM exit: nothing left to do
            }
        }
    }
}
