package vn.gov.ward.assistant.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

import vn.gov.ward.assistant.AssistantApplication;
import vn.gov.ward.assistant.support.FastFakeServer;
import vn.gov.ward.assistant.outbox.Outbox;

/**
 * How fast the assistant acknowledges signed Zalo webhook events, against the same load generator
 * on a trivial endpoint of the same app, and how fast the outbox sends to a fake Zalo server, all on
 * loopback. Not a JUnit test. Run from the project root (see BENCHMARKS.md, "Zalo channel"):
 *
 * <pre>
 * mvn -q -pl bot -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
 * cd bot &amp;&amp; java -Xmx1g -cp target/test-classes:target/classes:$(cat target/bench.classpath) vn.gov.ward.assistant.bench.WebhookBenchmark
 * </pre>
 *
 * System properties: {@code bench.events} (20000), {@code bench.warmup} (3000), {@code bench.threads} (16),
 * {@code bench.outbox} (5000); {@code bench.generator=wrk} drives the endpoints with wrk instead (Debian package
 * {@code wrk}) for {@code bench.seconds} (15) each, {@code bench.events} distinct signed events prepared beforehand.
 */
public final class WebhookBenchmark {

    static final String APP_ID = "3608213";
    static final String SECRET = "bench-oa-secret";

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("bench.events", 20_000);
        int warmup = Integer.getInteger("bench.warmup", 3_000);
        int threads = Integer.getInteger("bench.threads", 16);
        int outboxMessages = Integer.getInteger("bench.outbox", 5_000);

        AtomicInteger sent = new AtomicInteger();
        FastFakeServer zalo = new FastFakeServer((path, body) -> "{\"error\":0,\"data\":{\"message_id\":\"m" + sent.incrementAndGet() + "\"}}");
        Path data = Path.of("target/bench-webhook-data");
        deleteTree(data);
        int port = freePort();
        ConfigurableApplicationContext app = new SpringApplication(AssistantApplication.class).run(
                "--server.port=" + port, "--assistant.ward-file=../config/ward.yml", "--assistant.holidays-dir=../config/holidays",
                "--assistant.data-dir=" + data, "--assistant.demo-data=false", "--logging.level.root=WARN",
                "--zalo.enabled=true", "--zalo.oa.app-id=" + APP_ID, "--zalo.oa.secret-key=" + SECRET, "--zalo.oa.app-secret=x",
                "--zalo.oa.access-token=bench-access", "--zalo.oa.refresh-token=bench-refresh",
                "--zalo.oa.api-url=" + zalo.url() + "/", "--zalo.oa.oauth-url=" + zalo.url() + "/", "--zalo.zns.api-url=" + zalo.url() + "/",
                "--zalo.rate-per-second=100000");
        try {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String base = "http://127.0.0.1:" + port;
            IntFunction<HttpRequest> webhook = i -> {
                String[] event = signedEvent(i);
                return HttpRequest.newBuilder(URI.create(base + "/webhooks/zalo")).header("Content-Type", "application/json")
                        .header("X-ZEvent-Signature", event[1])
                        .POST(HttpRequest.BodyPublishers.ofString(event[0], StandardCharsets.UTF_8)).build();
            };
            IntFunction<HttpRequest> trivial = i -> HttpRequest.newBuilder(URI.create(base + "/actuator/health/liveness")).GET().build();

            if ("wrk".equals(System.getProperty("bench.generator"))) {
                // wrk (C, event loop) takes far less CPU than an in-JVM generator on the same 2 cores.
                Duration length = Duration.ofSeconds(Long.getLong("bench.seconds", 15));
                Wrk.run(base + "/webhooks/zalo", WebhookBenchmark::signedEvent, 5_000, Duration.ofSeconds(5));
                Wrk.Result signed = Wrk.run(base + "/webhooks/zalo", i -> signedEvent(10_000_000 + i), events, length);
                Wrk.Result plain = Wrk.run(base + "/actuator/health/liveness", null, 0, length);
                System.out.printf("%nZalo webhook with wrk (%s), loopback, 2 cores shared with wrk%n", Wrk.SETTINGS);
                System.out.printf("%-34s %12s %10s %10s %10s%n", "endpoint", "requests/s", "p50 ms", "p99 ms", "non-2xx");
                signed.print("POST /webhooks/zalo (signed)");
                plain.print("GET /actuator/health/liveness");
                System.out.printf("ratio signed webhook / trivial endpoint: %.0f%%%n", 100.0 * signed.perSecond() / plain.perSecond());
            } else {
                run(client, webhook, warmup, threads);
                run(client, trivial, warmup, threads);
                Result signed = run(client, webhook, events, threads);
                Result plain = run(client, trivial, events, threads);
                System.out.printf("%nZalo webhook, %d events, %d client threads, loopback, 2 cores shared with the generator%n", events, threads);
                System.out.printf("%-34s %12s %10s %10s %10s%n", "endpoint", "requests/s", "p50 ms", "p99 ms", "errors");
                signed.print("POST /webhooks/zalo (signed)");
                plain.print("GET /actuator/health/liveness");
                System.out.printf("ratio signed webhook / trivial endpoint: %.0f%%%n", 100.0 * signed.perSecond() / plain.perSecond());
            }

            if (outboxMessages == 0) return;
            Outbox outbox = app.getBean(Outbox.class);
            StringRedisTemplate redis = app.getBean(StringRedisTemplate.class);
            for (int u = 0; u < 1000; u++) redis.opsForValue().set("zalo:interaction:{u" + u + "}", "1", Duration.ofDays(7));
            int before = sent.get();
            long start = System.nanoTime();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < outboxMessages; i++) {
                ids.add(outbox.enqueue("zalo", "u" + (i % 1000), "bench-outbox-" + i + "-" + start, "Tin nhắn thử " + i, List.of(), null, null));
            }
            long enqueued = System.nanoTime();
            long deadline = enqueued + Duration.ofMinutes(5).toNanos();
            while (sent.get() - before < outboxMessages && System.nanoTime() < deadline) Thread.sleep(20);
            long done = System.nanoTime();
            long sentStatus = ids.stream().filter(id -> outbox.find(id).orElseThrow().status() == Outbox.Status.SENT).count();
            System.out.printf("%nOutbox to a fake Zalo (rate limit lifted): %d messages enqueued in %.0f ms (%.0f/s); %d sent in %.0f ms "
                            + "(%.0f messages/s end to end), %d marked SENT%n", outboxMessages, (enqueued - start) / 1e6,
                    outboxMessages / ((enqueued - start) / 1e9), sent.get() - before, (done - start) / 1e6,
                    (sent.get() - before) / ((done - start) / 1e9), sentStatus);
        } finally {
            app.close();
            zalo.close();
        }
    }

    record Result(int requests, double seconds, long[] latenciesNanos, int errors) {
        double perSecond() {
            return requests / seconds;
        }

        double percentile(double p) {
            return latenciesNanos[Math.min(latenciesNanos.length - 1, (int) Math.ceil(p * latenciesNanos.length) - 1)] / 1e6;
        }

        void print(String name) {
            System.out.printf("%-34s %12.0f %10.2f %10.2f %10d%n", name, perSecond(), percentile(0.50), percentile(0.99), errors);
        }
    }

    static Result run(HttpClient client, IntFunction<HttpRequest> request, int count, int threads) throws Exception {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < count; ) {
                    HttpRequest r = request.apply(i);
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> response = client.send(r, HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 200) errors.incrementAndGet();
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - t0;
                }
                return null;
            }));
        }
        for (Future<?> f : futures) f.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        return new Result(count, seconds, latencies, errors.get());
    }

    /**
     * A signed event whose handling is cheap (a delivery receipt), so the inbox does not compete with
     * the measurement for long: {body, signature}. Each has its own msg_id, so none is a duplicate.
     */
    static String[] signedEvent(int i) {
        String timestamp = Long.toString(System.currentTimeMillis());
        String body = "{\"app_id\":\"" + APP_ID + "\",\"event_name\":\"user_received_message\",\"timestamp\":\"" + timestamp
                + "\",\"sender\":{\"id\":\"" + (i % 1000) + "\"},\"message\":{\"msg_id\":\"bench-" + i + "-" + System.nanoTime() + "\"}}";
        return new String[] {body, signature(body, timestamp)};
    }

    static String signature(String body, String timestamp) {
        try {
            var sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update((APP_ID + body + timestamp + SECRET).getBytes(StandardCharsets.UTF_8));
            return "mac=" + java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

}
