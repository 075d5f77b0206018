package vn.gov.ward.assistant.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;

import com.sun.net.httpserver.HttpServer;

/**
 * A fake remote API for benchmarks: the JDK's HTTP server on loopback with TCP_NODELAY, answering
 * each request with the JSON the handler gives for (path, body). MockWebServer, which the tests use,
 * answers in about 40 ms (its header and body go out in two writes and Linux delays the ACK), so a
 * benchmark against it measures the fake; this one answers in well under a millisecond.
 */
public final class FastFakeServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;

    public FastFakeServer(BiFunction<String, String, String> handler) throws IOException {
        this(0, handler);
    }

    /** @param port a fixed port (an assistant started elsewhere points at it), or 0 for a free one */
    public FastFakeServer(int port, BiFunction<String, String, String> handler) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        executor = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "fast-fake");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] reply = handler.apply(exchange.getRequestURI().getPath(), body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
    }

    /** {@code http://127.0.0.1:<port>} */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
