package vn.gov.ward.assistant.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

import redis.embedded.RedisServer;

/** A real Redis server on a free loopback port, for tests that need Redis without the whole application. */
public final class RedisForTests implements AutoCloseable {

    private final RedisServer server;
    private final LettuceConnectionFactory factory;
    private final StringRedisTemplate template;

    public RedisForTests() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = socket.getLocalPort();
            socket.close();
            server = RedisServer.newRedisServer().bind("127.0.0.1").port(port).setting("save \"\"").setting("appendonly no").build();
            server.start();
            factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port));
            factory.afterPropertiesSet();
            factory.start();
            template = new StringRedisTemplate(factory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public StringRedisTemplate template() {
        return template;
    }

    /** Empties Redis, for a test that starts from nothing. */
    public void flush() {
        template.execute((RedisCallback<Object>) connection -> {
            connection.serverCommands().flushAll();
            return null;
        });
    }

    public LettuceConnectionFactory connectionFactory() {
        return factory;
    }

    @Override
    public void close() throws IOException {
        factory.destroy();
        server.stop();
    }
}
