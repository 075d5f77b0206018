package vn.gov.ward.assistant.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import redis.embedded.RedisServer;
import vn.gov.ward.assistant.AssistantProperties;

/**
 * The local default: a real Redis server (shipped in the embedded-redis jar) on a free loopback
 * port, with its append-only file under {@code assistant.data-dir} so a restart loses nothing.
 * Setting {@code spring.data.redis.host} switches this off and that Redis is used instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.data.redis.host:}'.isEmpty()")
class EmbeddedRedisConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedisConfiguration.class);

    @Bean(destroyMethod = "stop")
    RedisServer embeddedRedisServer(AssistantProperties properties) throws IOException {
        Path dir = properties.dataPath().resolve("redis").toAbsolutePath();
        Files.createDirectories(dir);
        Path pidFile = dir.resolve("redis.pid");
        stopLeftover(pidFile);
        int port = freeLoopbackPort();
        RedisServer server = RedisServer.newRedisServer()
                .bind("127.0.0.1")
                .port(port)
                .setting("dir " + dir)
                .setting("pidfile " + pidFile)
                .setting("appendonly yes")
                .setting("appendfsync everysec")
                .setting("save 300 1")
                .build();
        server.start();
        log.info("Embedded Redis listening on 127.0.0.1:{}, data in {}", port, dir);
        return server;
    }

    @Bean
    DataRedisConnectionDetails embeddedRedisConnectionDetails(RedisServer server) {
        int port = server.ports().get(0);
        return new DataRedisConnectionDetails() {
            @Override
            public Standalone getStandalone() {
                return Standalone.of("127.0.0.1", port);
            }
        };
    }

    /**
     * Stops the embedded Redis an earlier run left behind (its JVM was killed before it could stop it):
     * two servers must not share one data directory. Redis removes its pid file when it stops cleanly.
     */
    static void stopLeftover(Path pidFile) {
        if (!Files.isRegularFile(pidFile)) return;
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            ProcessHandle.of(pid).filter(p -> p.info().command().map(c -> c.contains("redis-server")).orElse(false)).ifPresent(p -> {
                log.warn("Stopping the embedded Redis (pid {}) an earlier run left running on this data directory", pid);
                p.destroy();
                try {
                    p.onExit().get(10, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    p.destroyForcibly();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            });
            Files.deleteIfExists(pidFile);
        } catch (IOException | NumberFormatException e) {
            log.warn("Ignoring the unreadable Redis pid file {}: {}", pidFile, e.toString());
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port for the embedded Redis", e);
        }
    }
}
