package vn.gov.ward.assistant.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import vn.gov.ward.assistant.AssistantApplication;
import vn.gov.ward.assistant.support.FastFakeServer;
import vn.gov.ward.assistant.support.RedisForTests;

/**
 * The load harness of the issue "Scale-out": a mixed load of signed Zalo events (procedure questions, status
 * lookups by dossier code then the check digits, ratings) and intake calls (PUT of a new dossier, a status change
 * of one) sent open loop at a fixed arrival rate per step, rising step by step, against one assistant or two on
 * one Redis, with fake Zalo and Telegram servers on loopback answering at once. Not a JUnit test; see
 * BENCHMARKS.md, "Scale-out", for the command.
 *
 * <p>Open loop: each request has its moment on the step's schedule and its latency is counted from that moment,
 * so a slow answer delays nothing and hides nothing (no coordinated omission); requests wait in a queue for a free
 * connection when all are busy, and that wait counts too. The assistants run in JVMs of their own (the harness's
 * class path), so each has its own heap and its memory is read from {@code /proc}.
 *
 * <p>System properties: {@code bench.instances} (1,2: the layouts run one after the other, each on a fresh Redis),
 * {@code bench.rates} (events/s per step), {@code bench.stepSeconds} (10), {@code bench.warmupSeconds} (20),
 * {@code bench.appHeap} (512m), {@code bench.appJvm} (more options of the assistants' JVMs, {@code {n}} their number, e.g.
 * {@code -XX:StartFlightRecording=filename=target/app-{n}.jfr} to profile), {@code bench.p99Ms} (50) and {@code bench.maxErrors} (0.01: the saturation
 * thresholds), {@code bench.targets} (ports of assistants already running on 127.0.0.1, comma-separated, instead of
 * starting them: they must use this harness's app id, OA secret key and API key; replies are then timed only if
 * their Zalo API points at {@code bench.zaloPort}).
 */
public final class ScaleOutBenchmark {

    /** The webhook benchmark's app id and OA secret key: its signatures are these. */
    static final String APP_ID = WebhookBenchmark.APP_ID;
    static final String SECRET = WebhookBenchmark.SECRET;
    static final String API_KEY = "bench-intake-key-0123456789";
    static final String[] QUESTIONS = {"làm giấy khai sinh cho con cần gì", "đăng ký tạm trú cần giấy tờ gì", "chứng thực bản sao mất bao lâu",
            "đăng ký kết hôn cần những gì", "lệ phí trích lục khai tử", "dang ky thuong tru o dau", "thủ tục nhận con nuôi",
            "xin giấy xác nhận tình trạng hôn nhân", "có làm thứ 7 không", "cấp bản sao giấy khai sinh phí bao nhiêu"};
    /** The schedule's slots, repeating: questions, lookups (each followed by its check 300 ms later), ratings, PUT, status. */
    static final char[] SLOTS = "QQQQQQQLLLRRRPPSS".toCharArray();
    static final double EVENTS_PER_SLOT = 20.0 / SLOTS.length;
    static final Duration CHECK_AFTER = Duration.ofMillis(300);
    static final int LOOKUP_DOSSIERS = 2_000;
    static final int RATED_DOSSIERS = 2_000;
    static final int CONNECTIONS = 96;
    static final Duration REPLY_WAIT = Duration.ofSeconds(5);

    private final List<Integer> ports;
    private final Map<String, Long> questionsAskedAt = new ConcurrentHashMap<>();
    private final String runId = String.format("%05d", System.currentTimeMillis() / 1000 % 100_000);
    private final AtomicInteger users = new AtomicInteger();
    private final AtomicInteger codes = new AtomicInteger();
    private volatile Step current;

    ScaleOutBenchmark(List<Integer> ports) {
        this.ports = ports;
    }

    public static void main(String[] args) throws Exception {
        List<Integer> rates = ints(System.getProperty("bench.rates", "250,500,1000,1500,2000,2500,3000"));
        Duration step = Duration.ofSeconds(Long.getLong("bench.stepSeconds", 10));
        Duration warmup = Duration.ofSeconds(Long.getLong("bench.warmupSeconds", 20));
        String targets = System.getProperty("bench.targets");
        List<String> report = new ArrayList<>();
        if (targets != null) {
            ScaleOutBenchmark bench = new ScaleOutBenchmark(ints(targets));
            try (FastFakeServer zalo = bench.fakeZalo(Integer.getInteger("bench.zaloPort", 0))) {
                report.addAll(bench.run("running instances " + targets, rates, step, warmup, List.of()));
            }
        } else {
            for (int instances : ints(System.getProperty("bench.instances", "1,2"))) {
                report.addAll(startAndRun(instances, rates, step, warmup));
            }
        }
        System.out.println();
        report.forEach(System.out::println);
        System.exit(0);
    }

    private static List<String> startAndRun(int instances, List<Integer> rates, Duration step, Duration warmup) throws Exception {
        List<Process> apps = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        try (RedisForTests redis = new RedisForTests()) {
            ScaleOutBenchmark bench = new ScaleOutBenchmark(ports);
            try (FastFakeServer zalo = bench.fakeZalo(0); FastFakeServer telegram = fakeTelegram()) {
                for (int i = 0; i < instances; i++) {
                    int port = WebhookBenchmark.freePort();
                    ports.add(port);
                    apps.add(startApp(i, port, redis.connectionFactory().getPort(), zalo.url(), telegram.url()));
                }
                for (int port : ports) awaitReady(port);
                return bench.run(instances + " instance" + (instances > 1 ? "s" : "") + " on one Redis", rates, step, warmup, apps);
            } finally {
                for (Process app : apps) app.destroy();
                for (Process app : apps) app.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static Process startApp(int n, int port, int redisPort, String zalo, String telegram) throws IOException {
        Path data = Path.of("target/bench-scaleout/app-" + n);
        WebhookBenchmark.deleteTree(data);
        Files.createDirectories(data);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + System.getProperty("bench.appHeap", "512m")));
        String jvm = System.getProperty("bench.appJvm", "").replace("{n}", Integer.toString(n));
        if (!jvm.isBlank()) command.addAll(List.of(jvm.strip().split("\\s+")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), AssistantApplication.class.getName(), "--server.port=" + port, "--spring.data.redis.host=127.0.0.1",
                "--spring.data.redis.port=" + redisPort, "--assistant.ward-file=../config/ward.yml",
                "--assistant.holidays-dir=../config/holidays", "--assistant.data-dir=" + data, "--assistant.demo-data=false",
                "--assistant.api-keys=" + API_KEY, "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                "--zalo.enabled=true", "--zalo.oa.app-id=" + APP_ID, "--zalo.oa.secret-key=" + SECRET, "--zalo.oa.app-secret=x",
                "--zalo.oa.access-token=bench-access", "--zalo.oa.refresh-token=bench-refresh", "--zalo.oa.api-url=" + zalo + "/",
                "--zalo.oa.oauth-url=" + zalo + "/", "--zalo.zns.api-url=" + zalo + "/", "--zalo.rate-per-second=100000",
                "--zalo.zns.templates.status-update.id=tpl-status", "--zalo.zns.templates.status-update.params.ma_ho_so=code",
                "--zalo.zns.templates.status-update.params.trang_thai=status", "--zalo.zns.templates.rating.id=tpl-rating",
                "--zalo.zns.templates.rating.params.ma_ho_so=code", "--zalo.zns.templates.rating.params.lien_ket=link",
                "--telegram.enabled=true", "--telegram.bot-token=123456:BENCH-token", "--telegram.api-url=" + telegram,
                "--telegram.mode=webhook", "--telegram.webhook-url=https://bench.invalid/webhooks/telegram",
                "--telegram.webhook-secret=bench_secret"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(data.resolve("app.log").toFile()).start();
    }

    private static void awaitReady(int port) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The assistant on port " + port + " was not ready in 3 minutes (see its app.log)");
    }

    private final AtomicLong zaloCalls = new AtomicLong();

    /** Until the outbox has sent what preparing queued (the surveys): nothing reaches the fake Zalo for 3 s. */
    private void awaitQuietZalo() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        for (long seen = -1; zaloCalls.get() != seen && System.nanoTime() < deadline; Thread.sleep(3_000)) seen = zaloCalls.get();
    }

    /** Zalo answering at once; a reply to a question's user is timed from the moment the question was due. */
    FastFakeServer fakeZalo(int port) throws IOException {
        AtomicLong ids = new AtomicLong();
        return new FastFakeServer(port, (path, body) -> {
            zaloCalls.incrementAndGet();
            if (path.startsWith("/v4/oa/access_token")) return "{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":\"90000\"}";
            if (path.startsWith("/v3.0/oa/message/cs")) {
                int at = body.indexOf("\"user_id\":\"");
                if (at >= 0) {
                    String user = body.substring(at + 11, body.indexOf('"', at + 11));
                    Long asked = questionsAskedAt.remove(user);
                    Step step = current;
                    if (asked != null && step != null) step.replies.add(System.nanoTime() - asked);
                }
                return "{\"error\":0,\"message\":\"Success\",\"data\":{\"message_id\":\"m" + ids.incrementAndGet() + "\",\"user_id\":\"u\"}}";
            }
            return "{\"error\":0,\"message\":\"Success\",\"data\":{\"msg_id\":\"z" + ids.incrementAndGet() + "\",\"sent_time\":\"1\"}}";
        });
    }

    static FastFakeServer fakeTelegram() throws IOException {
        AtomicLong ids = new AtomicLong();
        return new FastFakeServer(0, (path, body) -> path.endsWith("/sendMessage") || path.endsWith("/editMessageText")
                ? "{\"ok\":true,\"result\":{\"message_id\":" + ids.incrementAndGet() + ",\"date\":0,\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"\"}}"
                : "{\"ok\":true,\"result\":true}");
    }

    // --- the run ------------------------------------------------------------------------------------------

    List<String> run(String layout, List<Integer> rates, Duration step, Duration warmup, List<Process> apps) throws Exception {
        System.out.printf("%n%s: preparing %d dossiers to look up and %d returned ones to rate%n", layout, LOOKUP_DOSSIERS, RATED_DOSSIERS);
        prepare();
        awaitQuietZalo();
        System.out.printf("warm-up: %d s at %d events/s%n", warmup.toSeconds(), rates.get(0));
        runStep(rates.get(0), warmup);
        double p99Limit = Double.parseDouble(System.getProperty("bench.p99Ms", "50"));
        double errorLimit = Double.parseDouble(System.getProperty("bench.maxErrors", "0.01"));
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%s, %d s a step, %s", layout, step.toSeconds(), Instant.now()));
        lines.add(String.format("%8s %10s %8s %8s %8s %9s %9s %8s %14s %14s %12s", "offered", "sustained", "p50 ms", "p99 ms", "replied",
                "reply p50", "reply p99", "errors", "heap MB", "RSS MB", "load avg"));
        String saturated = null;
        for (int rate : rates) {
            String before = loadAverage();
            Step s = runStep(rate, step);
            String memory = memory(apps);
            String line = String.format("%8d %10.0f %8.1f %8.1f %7.0f%% %9.1f %9.1f %8d %29s %12s", rate, s.sustained(), s.ack(0.50),
                    s.ack(0.99), s.replied(), s.reply(0.50), s.reply(0.99), s.errors.get(), memory, before + "→" + loadAverage());
            System.out.println(line);
            lines.add(line);
            boolean broke = s.ack(0.99) > p99Limit || s.errors.get() > errorLimit * s.sent.get() || s.sustained() < 0.9 * rate;
            if (broke && saturated == null) saturated = "saturates at " + rate + " events/s (first step over p99 " + p99Limit
                    + " ms, errors over " + errorLimit * 100 + "% or sustained under 90% of offered)";
            if (s.ack(0.99) > 2_000) break; // far past it: the next steps would only queue
        }
        lines.add(saturated == null ? "no step broke the thresholds" : saturated);
        lines.add("by kind (all steps): " + kinds);
        return lines;
    }

    private final Map<Character, AtomicInteger> kinds = new ConcurrentHashMap<>();

    /** One request on the schedule: its moment, bytes, and for a question the user whose reply is timed. */
    record Task(long dueNanos, byte[] request, char kind, String questionUser) {
    }

    /** What one step measured. */
    static final class Step {
        final int rate;
        final long[] acks;
        final AtomicInteger count = new AtomicInteger();
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final LinkedBlockingQueue<Long> replies = new LinkedBlockingQueue<>();
        volatile long startNanos;
        volatile long lengthNanos;
        volatile long lastDoneNanos;
        volatile int unanswered;

        Step(int rate, int capacity) {
            this.rate = rate;
            this.acks = new long[capacity];
        }

        void done(long latency, boolean ok) {
            lastDoneNanos = System.nanoTime();
            if (!ok) errors.incrementAndGet();
            int i = count.getAndIncrement();
            if (i < acks.length) acks[i] = latency;
        }

        double sustained() {
            int ok = count.get() - errors.get();
            return ok / (Math.max(lengthNanos, lastDoneNanos - startNanos) / 1e9);
        }

        double ack(double p) {
            long[] sorted = Arrays.copyOf(acks, Math.min(count.get(), acks.length));
            Arrays.sort(sorted);
            return percentile(sorted, p);
        }

        /** Of the step's questions, the share answered at the fake Zalo within {@code REPLY_WAIT} after the step. */
        double replied() {
            return 100.0 * replies.size() / Math.max(1, replies.size() + unanswered);
        }

        /** Of the replies that came, the time from the question's moment. */
        double reply(double p) {
            return percentile(replies.stream().mapToLong(Long::longValue).sorted().toArray(), p);
        }

        static double percentile(long[] sorted, double p) {
            if (sorted.length == 0) return Double.NaN;
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
        }
    }

    Step runStep(int rate, Duration length) throws Exception {
        List<Task> tasks = schedule(rate, length);
        Step step = new Step(rate, tasks.size());
        LinkedBlockingQueue<Task> queue = new LinkedBlockingQueue<>();
        ExecutorService workers = Executors.newFixedThreadPool(CONNECTIONS);
        AtomicInteger next = new AtomicInteger();
        for (int w = 0; w < CONNECTIONS; w++) {
            workers.submit(() -> {
                List<LoopbackHttp> connections = ports.stream().map(LoopbackHttp::new).toList();
                try {
                    for (Task task; (task = queue.poll(5, TimeUnit.SECONDS)) != null; ) {
                        if (task.request() == null) break;
                        LoopbackHttp connection = connections.get(next.getAndIncrement() % connections.size());
                        boolean ok;
                        try {
                            int status = connection.send(task.request());
                            ok = status >= 200 && status < 300;
                        } catch (IOException e) {
                            ok = false;
                        }
                        step.done(System.nanoTime() - task.dueNanos(), ok);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    connections.forEach(LoopbackHttp::close);
                }
                return null;
            });
        }
        current = step;
        long start = System.nanoTime() + 20_000_000L;
        step.startNanos = start;
        step.lengthNanos = length.toNanos();
        for (Task task : tasks) {
            long due = start + task.dueNanos();
            for (long wait; (wait = due - System.nanoTime()) > 0; ) LockSupport.parkNanos(Math.min(wait, 1_000_000));
            if (task.questionUser() != null) questionsAskedAt.put(task.questionUser(), due);
            queue.add(new Task(due, task.request(), task.kind(), null));
            step.sent.incrementAndGet();
            kinds.computeIfAbsent(task.kind(), k -> new AtomicInteger()).incrementAndGet();
        }
        for (int w = 0; w < CONNECTIONS; w++) queue.add(new Task(0, null, ' ', null));
        workers.shutdown();
        workers.awaitTermination(2, TimeUnit.MINUTES);
        // The step's questions' replies, for up to REPLY_WAIT more; one not come by then is counted as not answered.
        long waitUntil = System.nanoTime() + REPLY_WAIT.toNanos();
        while (!questionsAskedAt.isEmpty() && System.nanoTime() < waitUntil) Thread.sleep(50);
        step.unanswered = questionsAskedAt.size();
        questionsAskedAt.clear();
        return step;
    }

    /** The step's requests, in order of their moment (nanoseconds from the step's start), signed now. */
    List<Task> schedule(int rate, Duration length) {
        double slot = 1e9 / (rate / EVENTS_PER_SLOT);
        List<Task> tasks = new ArrayList<>();
        List<long[]> puts = new ArrayList<>(); // {due, code number}
        int usedPuts = 0;
        for (int i = 0; ; i++) {
            long due = Math.round(i * slot);
            if (due >= length.toNanos()) break;
            int n = users.incrementAndGet();
            switch (SLOTS[i % SLOTS.length]) {
                case 'Q' -> {
                    String user = user(1, n);
                    tasks.add(new Task(due, event(user, QUESTIONS[n % QUESTIONS.length]), 'Q', user));
                }
                case 'L' -> {
                    int d = n % LOOKUP_DOSSIERS;
                    String user = user(2, n);
                    tasks.add(new Task(due, event(user, "tra cứu hồ sơ " + lookupCode(d)), 'L', null));
                    tasks.add(new Task(due + CHECK_AFTER.toNanos(), event(user, String.format("%04d", d)), 'C', null));
                }
                case 'R' -> {
                    int d = n % RATED_DOSSIERS;
                    tasks.add(new Task(due, event(ratedUser(d), "RATE:" + ratedCode(d) + ":" + (4 + n % 2)), 'R', null));
                }
                case 'P' -> {
                    int code = codes.incrementAndGet();
                    puts.add(new long[] {due, code});
                    tasks.add(new Task(due, put(newCode(code), "RECEIVED", code % 2 == 0 ? user(4, code) : null,
                            "09130" + String.format("%05d", code % 100_000)), 'P', null));
                }
                default -> {
                    // A status change of a dossier put at least a second before; at the start of a step, of one looked up.
                    String code;
                    if (usedPuts < puts.size() && puts.get(usedPuts)[0] <= due - 1_000_000_000L) {
                        code = newCode((int) puts.get(usedPuts++)[1]);
                    } else {
                        code = lookupCode(n % LOOKUP_DOSSIERS);
                    }
                    tasks.add(new Task(due, status(code, "IN_PROGRESS"), 'S', null));
                }
            }
        }
        tasks.sort((a, b) -> Long.compare(a.dueNanos(), b.dueNanos()));
        return tasks;
    }

    /** The dossiers to look up (in progress) and to rate (returned, so their survey began). */
    void prepare() throws Exception {
        List<byte[]> puts = new ArrayList<>();
        for (int d = 0; d < LOOKUP_DOSSIERS; d++) puts.add(put(lookupCode(d), "IN_PROGRESS", null, "0912" + String.format("%06d", d)));
        for (int d = 0; d < RATED_DOSSIERS; d++) puts.add(put(ratedCode(d), "RESULT_READY", ratedUser(d), "0914" + String.format("%06d", d)));
        sendAll(puts);
        List<byte[]> returned = new ArrayList<>();
        for (int d = 0; d < RATED_DOSSIERS; d++) returned.add(status(ratedCode(d), "RETURNED"));
        sendAll(returned);
    }

    private void sendAll(List<byte[]> requests) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger refusal = new AtomicInteger();
        AtomicInteger retried = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            pool.submit(() -> {
                try (LoopbackHttp http = new LoopbackHttp(ports.get(0))) {
                    for (int i; (i = next.getAndIncrement()) < requests.size(); ) {
                        // Sent again after a refusal, as the one-stop system does (a 5xx under load is counted and shown).
                        int status = 0;
                        for (int attempt = 0; attempt < 5 && status != 200; attempt++) {
                            if (attempt > 0) {
                                retried.incrementAndGet();
                                Thread.sleep(200);
                            }
                            status = http.send(requests.get(i));
                        }
                        if (status != 200 && failed.getAndIncrement() == 0) refusal.set(status);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        if (failed.get() > 0) throw new IllegalStateException(failed.get() + " preparing requests refused, the first with " + refusal.get());
        if (retried.get() > 0) System.out.printf("preparing: %d requests refused at first and taken when sent again%n", retried.get());
    }

    private String lookupCode(int d) {
        return String.format("000.32.33.H26-261201-%04d", d);
    }

    private String ratedCode(int d) {
        return String.format("000.32.33.H26-261202-%04d", d);
    }

    private String ratedUser(int d) {
        return user(3, d);
    }

    /** Zalo user ids are digits: the kind of user, the run, a number. */
    private String user(int kind, int n) {
        return kind + runId + String.format("%09d", n);
    }

    private String newCode(int n) {
        return String.format("000.32.33.H26-%s-%04d", "26" + String.format("%02d", 1 + n / 10_000 % 12) + String.format("%02d", 1 + n / 120_000 % 28),
                n % 10_000);
    }

    private byte[] event(String user, String text) {
        String timestamp = Long.toString(System.currentTimeMillis());
        String body = "{\"app_id\":\"" + APP_ID + "\",\"user_id_by_app\":\"55" + user + "\",\"event_name\":\"user_send_text\",\"timestamp\":\""
                + timestamp + "\",\"sender\":{\"id\":\"" + user + "\"},\"recipient\":{\"id\":\"oa-1\"},\"message\":{\"msg_id\":\"m-" + user
                + "-" + System.nanoTime() + "\",\"text\":\"" + text + "\"}}";
        return LoopbackHttp.request("POST", "/webhooks/zalo", "application/json", body,
                "X-ZEvent-Signature", WebhookBenchmark.signature(body, timestamp));
    }

    private static byte[] put(String code, String status, String zaloUser, String phone) {
        Instant received = Instant.now().minus(Duration.ofDays(2));
        String body = "{\"procedureCode\":\"1.001193\",\"applicantName\":\"Nguyễn Văn Tải\",\"applicantPhone\":\"" + phone + "\","
                + (zaloUser == null ? "" : "\"zaloUserId\":\"" + zaloUser + "\",") + "\"officerId\":\"tuphap-hotich-01\",\"receivedAt\":\""
                + received + "\",\"status\":\"" + status + "\"}";
        return LoopbackHttp.request("PUT", "/api/v1/dossiers/" + code, "application/json", body, "X-Api-Key", API_KEY);
    }

    private static byte[] status(String code, String status) {
        return LoopbackHttp.request("POST", "/api/v1/dossiers/" + code + "/status", "application/json",
                "{\"status\":\"" + status + "\",\"at\":\"" + Instant.now() + "\"}", "X-Api-Key", API_KEY);
    }

    // --- what the machine did -----------------------------------------------------------------------------

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    /** Heap used after the step (jcmd) and resident memory, per instance. */
    private static String memory(List<Process> apps) {
        if (apps.isEmpty()) return "–";
        List<String> heap = new ArrayList<>();
        List<String> rss = new ArrayList<>();
        for (Process app : apps) {
            heap.add(heapUsed(app.pid()));
            try {
                String status = Files.readString(Path.of("/proc/" + app.pid() + "/status"));
                String kb = status.lines().filter(l -> l.startsWith("VmRSS:")).findFirst().orElse("VmRSS: 0 kB").replaceAll("\\D", "");
                rss.add(Long.toString(Long.parseLong(kb) / 1024));
            } catch (IOException e) {
                rss.add("?");
            }
        }
        return String.format("%14s %14s", String.join("+", heap), String.join("+", rss));
    }

    private static String heapUsed(long pid) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid),
                    "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor();
            int used = out.indexOf("used ");
            if (used < 0) return "?";
            String kb = out.substring(used + 5, out.indexOf('K', used));
            return Long.toString(Long.parseLong(kb.strip()) / 1024);
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    private static List<Integer> ints(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }
}
