package vn.gov.ward.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import redis.embedded.RedisServer;

class EmbeddedRedisLeftoverTest {

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

            EmbeddedRedisConfiguration.stopLeftover(pidFile);

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
            EmbeddedRedisConfiguration.stopLeftover(pidFile);
            assertThat(other.isAlive()).as("a pid reused by another program").isTrue();
            EmbeddedRedisConfiguration.stopLeftover(dir.resolve("missing.pid"));
        } finally {
            other.destroyForcibly();
        }
    }
}
