package vn.gov.ward.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

import redis.embedded.RedisServer;

/** The embedded Redis's owner: one owner per data directory, leftovers of killed runs stopped, a dead server started again. */
class EmbeddedRedisTest {

    static final EmbeddedRedisProperties PROPERTIES = new EmbeddedRedisProperties("64mb", Duration.ofMillis(200));

    @TempDir
    Path dir;

    @Test
    void aRedisLeftRunningOnTheDataDirectoryIsStoppedBeforeANewOneStarts() throws Exception {
        Path pidFile = dir.resolve("redis.pid");
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        // As a killed JVM leaves it: running, its pid file written, nobody to stop it.
        RedisServer leftover = RedisServer.newRedisServer().bind("127.0.0.1").port(port)
                .setting("dir " + dir).setting("pidfile " + pidFile).setting("save \"\"").build();
        leftover.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> Files.isRegularFile(pidFile));
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);

            EmbeddedRedis.stopLeftover(pidFile);

            assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEqualTo(Optional.empty());
            assertThat(pidFile).doesNotExist();
        } finally {
            leftover.stop();
        }
    }

    @Test
    void aPidFileNamingAnotherProgramDoesNotStopIt() throws Exception {
        Path pidFile = dir.resolve("redis.pid");
        Process other = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(pidFile, Long.toString(other.pid()));
            EmbeddedRedis.stopLeftover(pidFile);
            assertThat(other.isAlive()).as("a pid reused by another program").isTrue();
            EmbeddedRedis.stopLeftover(dir.resolve("missing.pid"));
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void aSecondAssistantOnTheSameDataDirectoryRefusesAndLeavesTheLiveRedisAlone() throws Exception {
        EmbeddedRedis first = new EmbeddedRedis(dir, PROPERTIES);
        first.start();
        try (Client client = new Client(first.port())) {
            client.redis.opsForValue().set("dossier:{A}", "kept");
            EmbeddedRedis second = new EmbeddedRedis(dir, PROPERTIES);

            assertThatThrownBy(second::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another running assistant").hasMessageContaining("assistant.data-dir");

            assertThat(first.pid().flatMap(ProcessHandle::of).map(ProcessHandle::isAlive)).contains(true);
            assertThat(client.redis.opsForValue().get("dossier:{A}")).isEqualTo("kept");
        } finally {
            first.stop();
        }
        // Once the first has stopped, the directory is free again.
        EmbeddedRedis next = new EmbeddedRedis(dir, PROPERTIES);
        next.start();
        next.stop();
    }

    @Test
    void aKilledRedisIsStartedAgainOnTheSamePortWithItsData() throws Exception {
        EmbeddedRedis owner = new EmbeddedRedis(dir, PROPERTIES);
        owner.start();
        try (Client client = new Client(owner.port())) {
            client.redis.opsForValue().set("dossier:{B}", "survives");
            long pid = owner.pid().orElseThrow();

            ProcessHandle.of(pid).orElseThrow().destroyForcibly();

            await().atMost(Duration.ofSeconds(20)).until(() -> owner.pid().filter(p -> p != pid).flatMap(ProcessHandle::of)
                    .map(ProcessHandle::isAlive).orElse(false));
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                    .until(() -> "survives".equals(client.redis.opsForValue().get("dossier:{B}")));
            assertThat(client.redis.getConnectionFactory().getConnection().serverCommands().getConfig("maxmemory-policy"))
                    .containsValue("volatile-lru");
        } finally {
            owner.stop();
        }
    }

    @Test
    void underMemoryPressureOnlyKeysWithALifetimeAreEvicted() throws Exception {
        EmbeddedRedis owner = new EmbeddedRedis(dir, new EmbeddedRedisProperties("4mb", Duration.ofSeconds(1)));
        owner.start();
        try (Client client = new Client(owner.port())) {
            String kilobyte = "x".repeat(1024);
            // What must stay (dossiers, the outbox) has no lifetime; conversations have one.
            client.redis.executePipelined((RedisCallback<Object>) c -> {
                for (int i = 0; i < 500; i++) c.stringCommands().set(("dossier:{" + i + "}").getBytes(), kilobyte.getBytes());
                return null;
            });
            for (int batch = 0; batch < 20; batch++) {
                int first = batch * 1000;
                client.redis.executePipelined((RedisCallback<Object>) c -> {
                    for (int i = first; i < first + 1000; i++) {
                        c.stringCommands().setEx(("conversation:{web:" + i + "}").getBytes(), 1800, kilobyte.getBytes());
                    }
                    return null;
                });
            }

            assertThat(client.redis.keys("dossier:*")).hasSize(500);
            assertThat(client.redis.keys("conversation:*").size()).as("conversations evicted to make room").isLessThan(10_000);
        } finally {
            owner.stop();
        }
    }

    /** A client of the owner's Redis, as the application's: reconnecting by itself. */
    static final class Client implements AutoCloseable {
        final LettuceConnectionFactory factory;
        final StringRedisTemplate redis;

        Client(int port) {
            factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port));
            factory.afterPropertiesSet();
            factory.start();
            redis = new StringRedisTemplate(factory);
        }

        @Override
        public void close() {
            factory.destroy();
        }
    }
}
