package vn.gov.ward.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import vn.gov.ward.assistant.AssistantTest;
import vn.gov.ward.assistant.support.PublicEdgeTestBase;

/**
 * Generated bodies against every public door and the authenticated API: malformed JSON, wrong types,
 * huge and deep bodies, control and combining characters, invalid UTF-8, odd content types, HTML, script
 * and template strings. Bounded by count (a seeded run, so a failure can be replayed: {@code -Dfuzz.seed}): no 5xx,
 * nothing unsigned processed, nothing reflected unescaped, nothing personal or secret in the log, and the heap
 * after GC back within 10% of where it started.
 */
@ExtendWith(OutputCaptureExtension.class)
class PublicEdgeFuzzTest extends PublicEdgeTestBase {

    static final int REQUESTS = 10_200;
    /** A guard against a hang, not a timing: the run takes about a minute on an idle 2-core machine. */
    static final Duration HANG_GUARD = Duration.ofMinutes(8);
    static final int THREADS = 3;
    static final long SEED = Long.getLong("fuzz.seed", 20261207L);
    /** The phone every generated citizen gives: it must never reach the log. */
    static final String PHONE = "0912345678";
    /** Evaluated by any template engine, 71993*7 shows as this. */
    static final String EVALUATED = "503951";
    static final String SCRIPT = "<script>alert(503951)</script>";
    static final String[] HOSTILE = {SCRIPT, "<img src=x onerror=alert(1)>", "\"><svg/onload=alert(1)>", "${71993*7}", "{{71993*7}}",
            "#{71993*7}", "*{71993*7}", "[[${71993*7}]]", "__${71993*7}__::.x", "<%= 71993*7 %>", "${jndi:ldap://127.0.0.1/x}",
            "'; DROP TABLE dossier; --", "../../etc/passwd", "%s%s%n", "\u0000", "\u202e\u0644", "e\u0301\u0302\u0303".repeat(300),
            "\u200b\u200d\ufeff", "\ud83d\ude00", "\ud800", "\r\nX-Injected: 1", "Nguy\u1ec5n V\u0103n An " + PHONE};
    static final String[] CONTENT_TYPES = {"application/json", "application/json; charset=UTF-8", "*/*", "text/plain", "application/xml",
            "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/json; charset=utf-16",
            "application/json; charset=nope", "a/b/c", "", ";", "text/csv", "application/octet-stream", "application/*",
            "application/json; charset=\"", "application/json;;;"};
    /** A Java package in an answer: an error that names a class. Compiled once, looked for anywhere in the answer. */
    static final Pattern JAVA_NAME = Pattern.compile("\\b(java|jakarta|tools\\.jackson|org\\.springframework)\\.[a-z]");
    /** Unsigned Telegram updates name this chat: nothing may ever be sent to it. */
    static final long UNSIGNED_CHAT = 777_000_001L;

    @LocalServerPort
    int port;
    @Autowired
    StringRedisTemplate redis;

    record Target(String method, String path, boolean key, String kind) {
    }

    static final Target[] TARGETS = {
            new Target("POST", "/api/v1/chat", false, "chat"),
            new Target("GET", "/api/v1/chat/%s/updates", false, "path"),
            new Target("POST", "/webhooks/zalo", false, "zalo"),
            new Target("POST", "/webhooks/telegram", false, "telegram"),
            new Target("POST", "/danh-gia/%s", false, "form"),
            new Target("GET", "/danh-gia/%s", false, "path"),
            new Target("PUT", "/api/v1/dossiers/%s", true, "dossier"),
            new Target("POST", "/api/v1/dossiers/000.32.33.H26-260310-0001/status", true, "status"),
            new Target("POST", "/api/v1/dossiers/import", true, "csv"),
            new Target("POST", "/api/v1/officers", true, "officer"),
            new Target("GET", "/api/v1/procedures/search?q=%s", true, "query"),
            new Target("GET", "/api/v1/reports/satisfaction?from=%s&to=2026-01-31", true, "query"),
            new Target("GET", "/api/v1/dossiers/%s", false, "path"),
            new Target("GET", "/api/v1/officers/%s", true, "path"),
            new Target("GET", "/api/v1/procedures/%s", true, "path"),
            new Target("GET", "/api/v1/surveys/%s", true, "path"),
            new Target("GET", "/api/v1/outbox/%s", true, "path"),
    };

    @Test
    void generatedBodiesGetNo5xxAreNeverProcessedUnsignedNorReflectedNorLoggedAndLeaveTheHeapAsItWas(CapturedOutput output) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger sent = new AtomicInteger();
        long zaloEvents = zaloEventsKept();
        int telegramCallsBefore = telegram.sentTo(UNSIGNED_CHAT).size();

        run(client, new Random(SEED - 1), 300, Long.MAX_VALUE, new AtomicInteger(), failures);  // warm-up: first-use caches and classes
        long heapBefore = heapAfterGc();
        long deadline = System.nanoTime() + HANG_GUARD.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(SEED + t);
            runs.add(pool.submit(() -> {
                run(client, random, REQUESTS / THREADS, deadline, sent, failures);
                return null;
            }));
        }
        for (Future<?> f : runs) f.get();
        pool.shutdown();
        long heapAfter = heapAfterGc();
        System.out.printf("Fuzz: %d bodies in %.1f s (seed %d), %d failures; heap after GC %d MB before, %d MB after%n", sent.get(),
                (System.nanoTime() - deadline + HANG_GUARD.toNanos()) / 1e9, SEED, failures.size(), heapBefore >> 20, heapAfter >> 20);

        assertThat(failures).as("first of %d failures", failures.size()).isEmpty();
        assertThat(sent.get()).as("bodies sent (the run stops at %s)", HANG_GUARD).isGreaterThanOrEqualTo(10_000);
        assertThat(zaloEventsKept()).as("no unsigned Zalo event kept").isEqualTo(zaloEvents);
        Thread.sleep(500);
        assertThat(telegram.sentTo(UNSIGNED_CHAT)).as("no unsigned Telegram update handled").hasSize(telegramCallsBefore);
        assertThat(output.getAll()).as("the log").doesNotContain(PHONE, AssistantTest.API_KEY, TELEGRAM_SECRET);
        assertThat((double) heapAfter).as("heap after GC: %d MB before, %d MB after", heapBefore >> 20, heapAfter >> 20)
                .isLessThanOrEqualTo(heapBefore * 1.10);
    }

    private void run(HttpClient client, Random random, int count, long deadline, AtomicInteger sent, Queue<String> failures) {
        for (int done = 0; done < count && System.nanoTime() < deadline; ) {
            Target target = TARGETS[random.nextInt(TARGETS.length)];
            byte[] body = body(target, random);
            String contentType = random.nextInt(4) == 0 ? CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)] : natural(target);
            String path = target.path().contains("%s") ? target.path().formatted(pathPart(random)) : target.path();
            HttpRequest.Builder request;
            try {
                request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
            } catch (IllegalArgumentException e) {
                continue;  // a path the client itself will not send
            }
            if (!contentType.isEmpty()) request.header("Content-Type", contentType);
            if (target.key() && random.nextInt(10) != 0) request.header("X-Api-Key", AssistantTest.API_KEY);
            if (target.kind().equals("telegram") && random.nextInt(3) == 0) request.header(TELEGRAM_SECRET_HEADER, TELEGRAM_SECRET);
            if (target.kind().equals("zalo")) {
                String[] signatures = {"mac=" + hex(random, 64), "mac=" + hex(random, 10), "sha=" + hex(random, 64), "mac=\u00e9"};
                int pick = random.nextInt(signatures.length + 1);
                if (pick < signatures.length) {
                    try {
                        request.header("X-ZEvent-Signature", signatures[pick]);
                    } catch (IllegalArgumentException e) {
                        // the client refuses the header: sent without
                    }
                }
            }
            request.method(target.method(), target.method().equals("GET")
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            try {
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                sent.incrementAndGet();
                done++;
                check(target, path, contentType, body, response, failures);
            } catch (java.io.IOException e) {
                // A connection closed under a body over the limit: the server refused it without reading it.
                if (body.length <= 64 * 1024) failures.add(describe(target, path, contentType, body, "I/O error " + e));
                sent.incrementAndGet();
                done++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void check(Target target, String path, String contentType, byte[] body, HttpResponse<String> response,
                              Queue<String> failures) {
        String answer = response.body();
        String why = null;
        if (response.statusCode() >= 500) why = "status " + response.statusCode();
        else if (answer.contains(EVALUATED)) why = "a template was evaluated";
        else if (answer.contains("<script>alert(") || answer.contains("onerror=alert") || answer.contains("<svg/onload")) {
            why = "markup reflected unescaped";
        } else if (answer.contains("X-Injected")) why = "a header reflected";
        else if (response.statusCode() >= 400 && JAVA_NAME.matcher(answer).find()) {
            why = "an error names a Java class";
        }
        if (why != null) failures.add(describe(target, path, contentType, body, why + ": " + abbreviate(answer)));
    }

    private static String describe(Target target, String path, String contentType, byte[] body, String why) {
        return target.method() + " " + abbreviate(path) + " [" + contentType + "] " + abbreviate(new String(body, StandardCharsets.UTF_8))
                + " → " + why;
    }

    private static String abbreviate(String s) {
        String printable = s.replaceAll("[\\p{Cntrl}]", "?");
        return printable.length() > 200 ? printable.substring(0, 200) + "…" : printable;
    }

    private static String natural(Target target) {
        return switch (target.kind()) {
            case "csv" -> "text/csv";
            case "form" -> "application/x-www-form-urlencoded";
            default -> "application/json";
        };
    }

    // --- generators ----------------------------------------------------------------------------------------

    private static String hostile(Random random) {
        return HOSTILE[random.nextInt(HOSTILE.length)];
    }

    private static String pathPart(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> hex(random, 1 + random.nextInt(80));
            case 1 -> java.net.URLEncoder.encode(hostile(random), StandardCharsets.UTF_8);
            case 2 -> "000.32.33.H26-260310-" + String.format("%04d", random.nextInt(10000));
            case 3 -> "%ZZ" + hex(random, 4);
            default -> "+999999999-12-31";
        };
    }

    private static String hex(Random random, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) s.append(Character.forDigit(random.nextInt(16), 16));
        return s.toString();
    }

    /** A value of any JSON type, hostile strings included. */
    private static String value(Random random, int depth) {
        return switch (random.nextInt(depth > 3 ? 7 : 9)) {
            case 0 -> "null";
            case 1 -> Boolean.toString(random.nextBoolean());
            case 2 -> Long.toString(random.nextLong());
            case 3 -> random.nextDouble() * 1e300 + "";
            case 4 -> quoted(hostile(random));
            case 5 -> quoted(hex(random, random.nextInt(40)));
            case 6 -> "\"2026-03-10T08:00:00+07:00\"";
            case 7 -> "[" + value(random, depth + 1) + "," + value(random, depth + 1) + "]";
            default -> "{\"k\":" + value(random, depth + 1) + "}";
        };
    }

    private static String quoted(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') q.append('\\').append(c);
            else if (c < 0x20) q.append(String.format("\\u%04x", (int) c));
            else q.append(c);
        }
        return q.append('"').toString();
    }

    /** A body of the target's own shape with its fields given any value. */
    private static String shaped(Target target, Random random) {
        List<String> fields = switch (target.kind()) {
            case "chat" -> List.of("sessionId", "text");
            case "zalo" -> List.of("app_id", "timestamp", "event_name", "sender", "message", "user_id_by_app");
            case "telegram" -> List.of("update_id", "message", "callback_query");
            case "dossier" -> List.of("procedureCode", "applicantName", "applicantPhone", "zaloUserId", "officerId", "receivedAt",
                    "appointmentAt", "status");
            case "status" -> List.of("status", "at", "note");
            case "officer" -> List.of("id", "name", "unit", "role", "leaderId");
            default -> List.of("x");
        };
        StringBuilder json = new StringBuilder("{");
        for (String field : fields) {
            if (random.nextInt(5) == 0) continue;
            if (json.length() > 1) json.append(',');
            String v = switch (field) {
                case "sessionId" -> random.nextBoolean() ? quoted("fuzz-" + hex(random, 12)) : value(random, 0);
                case "text" -> random.nextBoolean() ? quoted(hostile(random) + " " + hex(random, 5)) : value(random, 0);
                case "message" -> target.kind().equals("telegram")
                        ? "{\"message_id\":1,\"date\":1,\"chat\":{\"id\":" + UNSIGNED_CHAT + ",\"type\":\"private\"},\"text\":"
                        + quoted("/help " + hostile(random)) + "}" : value(random, 0);
                case "app_id" -> random.nextBoolean() ? "\"3608213\"" : value(random, 0);
                case "timestamp" -> random.nextBoolean() ? "\"" + System.currentTimeMillis() + "\"" : value(random, 0);
                case "event_name" -> random.nextBoolean() ? "\"user_send_text\"" : value(random, 0);
                default -> value(random, 0);
            };
            json.append(quoted(field)).append(':').append(v);
        }
        return json.append('}').toString();
    }

    private static byte[] body(Target target, Random random) {
        String shaped = target.kind().equals("csv") ? csv(random) : target.kind().equals("form") ? form(random) : shaped(target, random);
        return switch (random.nextInt(12)) {
            case 0 -> shaped.substring(0, random.nextInt(shaped.length() + 1)).getBytes(StandardCharsets.UTF_8);  // cut short
            case 1 -> malformed(random).getBytes(StandardCharsets.UTF_8);
            case 2 -> invalidUtf8(shaped, random);
            case 3 -> deep(random).getBytes(StandardCharsets.UTF_8);
            case 4 -> random.nextInt(20) == 0 ? huge(random) : value(random, 0).getBytes(StandardCharsets.UTF_8);
            case 5 -> ("\ufeff" + shaped).getBytes(StandardCharsets.UTF_8);
            case 6 -> shaped.getBytes(StandardCharsets.UTF_16);
            default -> shaped.getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String malformed(Random random) {
        String[] broken = {"{", "}", "[", "{\"a\":}", "{\"a\" 1}", "{'a':1}", "{\"a\":1,}", "NaN", "{\"a\":01}", "\"\\ud800\"",
                "{\"a\":\"\\x\"}", "{\"a\":1}{\"b\":2}", "1e999999", "-", "{\"a\":tru}", "\u0000", "{\"\u0000\":1}"};
        StringBuilder s = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) s.append(broken[random.nextInt(broken.length)]);
        return s.toString();
    }

    private static byte[] invalidUtf8(String shaped, Random random) {
        byte[] good = shaped.getBytes(StandardCharsets.UTF_8);
        byte[][] bad = {{(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88},
                {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE2, (byte) 0x82}};
        byte[] insert = bad[random.nextInt(bad.length)];
        int at = random.nextInt(good.length + 1);
        byte[] out = new byte[good.length + insert.length];
        System.arraycopy(good, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(good, at, out, at + insert.length, good.length - at);
        return out;
    }

    private static String deep(Random random) {
        int depth = 1_000 + random.nextInt(20_000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        return open.repeat(depth) + "1" + close.repeat(random.nextInt(depth + 1));
    }

    private static byte[] huge(Random random) {
        int size = 65 * 1024 + random.nextInt(400 * 1024);
        StringBuilder s = new StringBuilder(size + 32).append("{\"text\":\"");
        while (s.length() < size) s.append("Nguyễn ").append(hostile(random));
        return s.append("\"}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String csv(Random random) {
        StringBuilder s = new StringBuilder(random.nextInt(6) == 0 ? hostile(random) + "\n"
                : "code,procedureCode,applicantName,applicantPhone,zaloUserId,officerId,receivedAt,appointmentAt,status\n");
        for (int i = 0, n = random.nextInt(6); i < n; i++) {
            s.append("000.32.33.H26-260310-").append(String.format("%04d", random.nextInt(10000))).append(",1.001193,")
                    .append(random.nextBoolean() ? "\"" + hostile(random).replace("\"", "\"\"") + "\"" : hostile(random))
                    .append(",").append(PHONE).append(",,tuphap-hotich-01,").append(random.nextBoolean() ? "2026-03-10T08:00" : hostile(random))
                    .append(",,").append(random.nextBoolean() ? "RECEIVED" : hex(random, 3)).append('\n');
        }
        return s.toString();
    }

    private static String form(Random random) {
        return "score=" + java.net.URLEncoder.encode(random.nextBoolean() ? Integer.toString(random.nextInt(9) - 2) : hostile(random),
                StandardCharsets.UTF_8) + "&comment=" + java.net.URLEncoder.encode(hostile(random), StandardCharsets.UTF_8)
                + (random.nextBoolean() ? "&aspect=%ZZ" : "");
    }

    // --- what is watched -------------------------------------------------------------------------------------

    private long zaloEventsKept() {
        Long length = redis.opsForStream().size("zalo:{zalo-inbox}:events");
        return length == null ? 0 : length;
    }

    private static long heapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
