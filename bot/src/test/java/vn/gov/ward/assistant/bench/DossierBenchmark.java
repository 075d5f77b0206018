package vn.gov.ward.assistant.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations;
import org.springframework.data.redis.core.script.DefaultRedisScript;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.AssistantApplication;
import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.dossier.internal.DossierStore;
import vn.gov.ward.assistant.procedure.Procedures;
import vn.gov.ward.knowledge.catalogue.TimeLimit;

/**
 * Load benchmark of the dossier intake and lookups against the whole application with its
 * embedded Redis (not a JUnit test: it never runs in {@code mvn verify}). Run from the project
 * root, see BENCHMARKS.md ("Dossiers"):
 *
 * <pre>
 * mvn -q -pl bot -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
 * cd bot &amp;&amp; java -Xmx1g -cp target/test-classes:target/classes:$(cat target/bench.classpath) vn.gov.ward.assistant.bench.DossierBenchmark
 * </pre>
 *
 * Sizes are system properties: {@code bench.api} (100000), {@code bench.csv} (100000),
 * {@code bench.total} (1000000), {@code bench.lookups} (20000), {@code bench.threads} (12),
 * {@code bench.dueRuns} (200), {@code bench.loadThreads} (2), {@code bench.keepData} (false). A smoke run:
 * {@code -Dbench.api=2000 -Dbench.csv=2000 -Dbench.total=20000 -Dbench.lookups=1000}.
 */
public final class DossierBenchmark {

    private static final String API_KEY = "bench-key";
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final int DAYS = 60;
    private static final int AGENCIES = 40;
    private static final int OFFICERS = 2000;
    private static final int WARMUP = 2000;

    private static final List<String> PROCEDURES = List.of("1.001193", "2.000815", "1.004194", "1.004222", "1.001612");
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thị Thu", "Quốc", "Thanh", "Ngọc", "Xuân", "Hoàng",
            "Thị Bích"};
    private static final String[] GIVEN = {"An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Hương",
            "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Ngọc", "Nhung", "Phong", "Phương", "Quân", "Quang", "Sơn", "Tâm", "Thảo",
            "Thắng", "Trang", "Trung", "Tuấn", "Vân", "Việt", "Yến"};
    private static final String[] OFFICER_UNITS = {"motcua", "tuphap-hotich", "diachinh", "vhxh", "xaydung"};

    private final int apiCount = Integer.getInteger("bench.api", 100_000);
    private final int csvCount = Integer.getInteger("bench.csv", 100_000);
    private final int total = Integer.getInteger("bench.total", 1_000_000);
    private final int lookups = Integer.getInteger("bench.lookups", 20_000);
    private final int threads = Integer.getInteger("bench.threads", 12);
    private final int dueRuns = Integer.getInteger("bench.dueRuns", 200);
    private final int loadThreads = Integer.getInteger("bench.loadThreads", 2);
    private final boolean keepData = Boolean.getBoolean("bench.keepData");

    private final Map<String, String> results = new LinkedHashMap<>();
    private final Map<String, BigDecimal> workingDays = new LinkedHashMap<>();
    private final LocalDate today = LocalDate.now(ZONE);
    private final Instant now = Instant.now();

    private ConfigurableApplicationContext context;
    private WorkingCalendar calendar;
    private StringRedisTemplate redis;
    private HttpClient http;
    private String base;

    public static void main(String[] args) throws Exception {
        new DossierBenchmark().run();
        System.exit(0);
    }

    private void run() throws Exception {
        if (total < apiCount + csvCount + WARMUP) throw new IllegalArgumentException("bench.total must be >= bench.api + bench.csv + " + WARMUP);
        Path root = Files.exists(Path.of("../config/ward.yml")) ? Path.of("..") : Path.of(".");
        Path dataDir = (root.toString().equals("..") ? Path.of("target/bench-data") : Path.of("bot/target/bench-data")).toAbsolutePath();
        deleteRecursively(dataDir);
        Files.createDirectories(dataDir);
        int port = freePort();
        long t0 = System.nanoTime();
        context = new SpringApplication(AssistantApplication.class).run(
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--assistant.ward-file=" + root.resolve("config/ward.yml"),
                "--assistant.holidays-dir=" + root.resolve("config/holidays"),
                "--assistant.data-dir=" + dataDir,
                "--assistant.api-keys=" + API_KEY,
                "--assistant.csv-import-max-size=1GB",
                "--assistant.demo-data=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN");
        System.out.printf("Application started in %.1f s on port %d, data in %s%n", (System.nanoTime() - t0) / 1e9, port, dataDir);
        try {
            calendar = context.getBean(WorkingCalendar.class);
            redis = context.getBean(StringRedisTemplate.class);
            Procedures procedures = context.getBean(Procedures.class);
            for (String code : PROCEDURES) {
                BigDecimal days = procedures.procedure(code).flatMap(p -> p.processingTime().longest())
                        .filter(l -> l.unit() == TimeLimit.Unit.WORKING_DAYS).map(TimeLimit::amount).orElse(BigDecimal.valueOf(5));
                workingDays.put(code, days);
            }
            System.out.println("Processing times (working days): " + workingDays);
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
            base = "http://127.0.0.1:" + port + "/api/v1/dossiers";
            System.out.printf("JVM: %s %s, %d cpus, max heap %d MB%n", System.getProperty("java.vm.name"), System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            System.out.println("Redis: " + info("server").getProperty("redis_version") + ", appendonly "
                    + info("persistence").getProperty("aof_enabled"));

            long memoryBefore = usedMemory();
            long keysBefore = dbSize();
            apiIntake();
            csvIntake(dataDir);
            lookups();
            directLoad();
            dueBefore();
            memory(memoryBefore, keysBefore);
        } finally {
            context.close();
            if (!keepData) deleteRecursively(dataDir);
        }
        System.out.println();
        System.out.println("=== Dossier benchmark results ===");
        int width = results.keySet().stream().mapToInt(String::length).max().orElse(10);
        results.forEach((k, v) -> System.out.printf("%-" + width + "s  %s%n", k, v));
    }

    // ---------------------------------------------------------------- 1. API intake

    private void apiIntake() throws Exception {
        System.out.printf("%n[1] PUT intake: %d warm-up, then %d dossiers with %d client threads%n", WARMUP, apiCount, threads);
        int warmStart = apiCount + csvCount;
        runConcurrently(WARMUP, threads, i -> put(warmStart + i));
        long connectionsBefore = counter("stats", "total_connections_received");
        long start = System.nanoTime();
        long[] latencies = runConcurrently(apiCount, threads, this::put);
        double seconds = (System.nanoTime() - start) / 1e9;
        long connections = counter("stats", "total_connections_received") - connectionsBefore;
        result("1. PUT intake " + apiCount + " (" + threads + " threads)", String.format(
                "%,.0f dossiers/s; p50 %.2f ms, p99 %.2f ms, max %.1f ms; total %.1f s", apiCount / seconds,
                pct(latencies, 50), pct(latencies, 99), pct(latencies, 100), seconds));
        result("   Redis connections opened during PUTs", String.format("%,d (%.2f per PUT)", connections, (double) connections / apiCount));
    }

    private long put(int i) {
        Gen g = gen(i);
        String body = "{\"procedureCode\":\"" + g.procedure + "\",\"applicantName\":\"" + g.name + "\",\"applicantPhone\":\"" + g.phone
                + "\"," + (g.zalo == null ? "" : "\"zaloUserId\":\"" + g.zalo + "\",") + "\"officerId\":\"" + g.officer
                + "\",\"receivedAt\":\"" + g.received.toOffsetDateTime() + "\",\"appointmentAt\":\"" + g.appointment.toOffsetDateTime()
                + "\",\"status\":\"" + g.status + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/" + g.code)).timeout(Duration.ofSeconds(60))
                .header("X-Api-Key", API_KEY).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return send(request);
    }

    // ---------------------------------------------------------------- 2. CSV import

    private void csvIntake(Path dataDir) throws Exception {
        Path csv = dataDir.resolve("bench-import.csv");
        long genStart = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("code,procedureCode,applicantName,applicantPhone,zaloUserId,officerId,receivedAt,appointmentAt,status\n");
            for (int i = apiCount; i < apiCount + csvCount; i++) {
                Gen g = gen(i);
                w.write(g.code + "," + g.procedure + "," + g.name + "," + g.phone + "," + (g.zalo == null ? "" : g.zalo) + "," + g.officer
                        + "," + g.received.toOffsetDateTime() + "," + g.appointment.toOffsetDateTime() + "," + g.status + "\n");
            }
        }
        long size = Files.size(csv);
        System.out.printf("%n[2] CSV import: %d rows, %.1f MB file written in %.1f s%n", csvCount, size / 1e6, (System.nanoTime() - genStart) / 1e9);
        for (String pass : List.of("first import", "re-import")) {
            long heapBefore = heapAfterGc();
            HeapSampler sampler = new HeapSampler();
            sampler.start();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/import")).timeout(Duration.ofMinutes(30))
                    .header("X-Api-Key", API_KEY).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofFile(csv)).build(), HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.stop();
            long heapAfter = heapAfterGc();
            if (response.statusCode() != 200) throw new IllegalStateException("Import answered " + response.statusCode() + ": " + response.body());
            JsonNode report = context.getBean(JsonMapper.class).readTree(response.body());
            String counts = String.format("rows %d, created %d, updated %d, unchanged %d, rejected %d", report.get("rows").asLong(),
                    report.get("created").asLong(), report.get("updated").asLong(), report.get("unchanged").asLong(),
                    report.get("rejected").asLong());
            System.out.println("    " + pass + ": " + counts + (report.get("rejected").asLong() > 0 ? " " + report.get("errors") : ""));
            result("2. CSV " + pass + " " + csvCount + " rows (" + String.format("%.1f MB", size / 1e6) + ")", String.format(
                    "%,.0f rows/s; total %.1f s; %s", csvCount / seconds, seconds, counts));
            result("   heap during " + pass, String.format("after GC %d MB before, %d MB after; peak used %d MB, peak live old gen %d MB",
                    heapBefore >> 20, heapAfter >> 20, sampler.peakUsed >> 20, sampler.peakOldAfterGc >> 20));
        }
        Files.delete(csv);
    }

    // ---------------------------------------------------------------- 3. Status lookups

    private void lookups() throws Exception {
        int stored = apiCount + csvCount;
        for (int clientThreads : new int[] {1, threads}) {
            System.out.printf("%n[3] GET lookups: %d random stored codes, %d client thread(s)%n", lookups, clientThreads);
            runConcurrently(2000, clientThreads, i -> get(new SplittableRandom(7L * i + 3).nextInt(stored)));
            long start = System.nanoTime();
            long[] latencies = runConcurrently(lookups, clientThreads, i -> get(new SplittableRandom(31L * i + clientThreads).nextInt(stored)));
            double seconds = (System.nanoTime() - start) / 1e9;
            result("3. GET lookup " + lookups + " (" + clientThreads + " thread" + (clientThreads > 1 ? "s" : "") + ")", String.format(
                    "p50 %.2f ms, p99 %.2f ms, mean %.2f ms, max %.1f ms; %,.0f req/s", pct(latencies, 50), pct(latencies, 99),
                    Arrays.stream(latencies).average().orElse(0) / 1e6, pct(latencies, 100), lookups / seconds));
        }
    }

    private long get(int i) {
        return send(HttpRequest.newBuilder(URI.create(base + "/" + gen(i).code)).timeout(Duration.ofSeconds(60))
                .header("X-Api-Key", API_KEY).GET().build());
    }

    // ---------------------------------------------------------------- 4. Open dossiers due before T

    private void directLoad() throws Exception {
        DossierStore store = context.getBean(DossierStore.class);
        int from = apiCount + csvCount + WARMUP;
        System.out.printf("%n[4] Loading %d more dossiers through DossierStore.saveAll%n", total - from);
        int batch = 5000;
        int batches = (total - from + batch - 1) / batch;
        AtomicLong generating = new AtomicLong();
        AtomicLong saving = new AtomicLong();
        long start = System.nanoTime();
        runConcurrently(batches, loadThreads, n -> {
            int b = from + n * batch;
            long g = System.nanoTime();
            List<Dossier> list = new ArrayList<>(batch);
            for (int i = b; i < Math.min(total, b + batch); i++) list.add(gen(i).dossier());
            long s = System.nanoTime();
            store.saveAll(list, Map.of(), List.of());
            generating.addAndGet(s - g);
            saving.addAndGet(System.nanoTime() - s);
            return System.nanoTime() - s;
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        result("4. saveAll load " + (total - from) + " (batches of " + batch + ", " + loadThreads + " threads)", String.format(
                "%,.0f dossiers/s wall clock incl. data generation; total %.1f s (saveAll %.1f s, generation %.1f s summed over threads)",
                (total - from) / seconds, seconds, saving.get() / 1e9, generating.get() / 1e9));
    }

    private void dueBefore() {
        DossierStore store = context.getBean(DossierStore.class);
        Long open = redis.opsForZSet().zCard("dossiers:open-by-deadline");
        System.out.printf("    open dossiers in the deadline index: %,d%n", open);
        for (int selected : new int[] {10_000, 1_000}) {
            int n = (int) Math.min(selected, open);
            Set<ZSetOperations.TypedTuple<String>> at = redis.opsForZSet().rangeWithScores("dossiers:open-by-deadline", n - 1, n - 1);
            Instant t = Instant.ofEpochMilli(at.iterator().next().getScore().longValue());
            int runs = selected >= 10_000 ? dueRuns : dueRuns * 5;
            for (int w = 0; w < Math.max(20, runs / 10); w++) store.openDueBefore(t, 1_000_000);
            long[] latencies = new long[runs];
            int size = 0;
            for (int r = 0; r < runs; r++) {
                long s = System.nanoTime();
                size = store.openDueBefore(t, 1_000_000).size();
                latencies[r] = System.nanoTime() - s;
            }
            result("4. openDueBefore(T) selecting " + size + " of " + open + " open", String.format(
                    "p50 %.2f ms, p99 %.2f ms, max %.1f ms over %d runs (target < 50 ms)", pct(latencies, 50), pct(latencies, 99),
                    pct(latencies, 100), runs));
            if (selected == 1_000) {
                long[] withRead = new long[Math.max(20, runs / 10)];
                for (int r = 0; r < withRead.length; r++) {
                    long s = System.nanoTime();
                    List<String> codes = store.openDueBefore(t, 1_000_000).stream().map(DossierStore.Due::code).toList();
                    store.findAll(codes);
                    withRead[r] = System.nanoTime() - s;
                }
                result("   + findAll of those " + size + " dossiers", String.format("p50 %.2f ms, p99 %.2f ms over %d runs",
                        pct(withRead, 50), pct(withRead, 99), withRead.length));
            }
        }
    }

    // ---------------------------------------------------------------- 5. Redis memory

    private void memory(long before, long keysBefore) {
        long after = usedMemory();
        long keys = dbSize();
        Properties persistence = info("persistence");
        long sampleBytes = 0;
        int samples = 1000;
        for (int s = 0; s < samples; s++) {
            String key = "dossier:{" + gen(new SplittableRandom(s).nextInt(total)).code + "}";
            sampleBytes += memoryUsage(key);
        }
        long zsetUsage = memoryUsage("dossiers:open-by-deadline");
        result("5. Redis used_memory", String.format("%,d MB before, %,d MB after %,d dossiers => %,d bytes per dossier",
                before >> 20, after >> 20, total, (after - before) / total));
        result("   keys (DBSIZE)", String.format("%,d before, %,d after (%.2f keys per dossier)", keysBefore, keys, (double) (keys - keysBefore) / total));
        result("   MEMORY USAGE", String.format("dossier JSON key avg %,d bytes (1,000 sampled); open-by-deadline zset %,d MB",
                sampleBytes / samples, zsetUsage >> 20));
        result("   AOF", String.format("current size %,d MB; %s forks (AOF rewrites + RDB snapshots) during the run",
                Long.parseLong(persistence.getProperty("aof_current_size", "0")) >> 20, info("stats").getProperty("total_forks", "?")));
    }

    // ---------------------------------------------------------------- data

    /** One generated dossier, a pure function of its index (so lookups know the stored codes). */
    private record Gen(String code, String procedure, String name, String phone, String zalo, String officer, ZonedDateTime received,
                       ZonedDateTime appointment, DossierStatus status) {

        Dossier dossier() {
            Instant at = received.toInstant();
            return new Dossier(code, procedure, new Dossier.Applicant(name, phone, zalo), officer, at, appointment.toInstant(), status,
                    status.pausesTheClock() ? at : null, List.of(new Dossier.StatusChange(status, at, null)));
        }
    }

    private Gen gen(int i) {
        int day = i % DAYS;
        int rest = i / DAYS;
        int agency = rest % AGENCIES;
        int seq = rest / AGENCIES + 1;
        LocalDate date = today.minusDays(day + 1L);
        String code = String.format(Locale.ROOT, "000.%02d.%02d.H26-%s-%04d", 30 + agency / 10, 10 + agency % 10, date.format(YYMMDD), seq);
        SplittableRandom r = new SplittableRandom(0x5DEECE66DL * i + 11);
        String procedure = PROCEDURES.get(r.nextInt(PROCEDURES.size()));
        // A citizen pool smaller than the dossier count: some citizens have several dossiers.
        int applicant = r.nextInt(Math.max(1, total * 6 / 10));
        SplittableRandom a = new SplittableRandom(applicant * 0x9E3779B97F4A7C15L);
        String name = FAMILY[a.nextInt(FAMILY.length)] + " " + MIDDLE[a.nextInt(MIDDLE.length)] + " " + GIVEN[a.nextInt(GIVEN.length)];
        String phone = String.format("09%08d", a.nextInt(100_000_000));
        String zalo = a.nextInt(5) == 0 ? String.valueOf(1_000_000_000_000_000L + a.nextLong(8_000_000_000_000_000L)) : null;
        int o = r.nextInt(OFFICERS);
        String officer = OFFICER_UNITS[o % OFFICER_UNITS.length] + "-" + String.format("%03d", o / OFFICER_UNITS.length + 1);
        ZonedDateTime received = date.atTime(7, 30).atZone(ZONE).plusMinutes(r.nextInt(9 * 60 + 30));
        ZonedDateTime appointment = calendar.addWorkingDays(received, workingDays.get(procedure));
        if (!appointment.isAfter(received)) appointment = received.plusDays(1);
        int p = r.nextInt(100);
        DossierStatus status = p < 20 ? DossierStatus.RECEIVED : p < 65 ? DossierStatus.IN_PROGRESS : p < 71 ? DossierStatus.SUPPLEMENT_REQUESTED
                : p < 75 ? DossierStatus.AWAITING_PAYMENT : p < 85 ? DossierStatus.RESULT_READY : p < 97 ? DossierStatus.RETURNED
                : p < 99 ? DossierStatus.REJECTED : DossierStatus.WITHDRAWN;
        return new Gen(code, procedure, name, phone, zalo, officer, received, appointment, status);
    }

    // ---------------------------------------------------------------- plumbing

    private void result(String name, String value) {
        results.put(name, value);
        System.out.println("    " + name + ": " + value);
    }

    /** Runs {@code task(i)} for i in [0, n) on {@code clientThreads} threads; returns each call's latency in ns. */
    private long[] runConcurrently(int n, int clientThreads, IntFunction<Long> task) throws Exception {
        long[] latencies = new long[n];
        AtomicInteger next = new AtomicInteger();
        AtomicLong failures = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clientThreads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < clientThreads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        long latency = task.apply(i);
                        if (latency < 0) failures.incrementAndGet();
                        latencies[i] = Math.abs(latency);
                    }
                }));
            }
            for (Future<?> f : futures) f.get();
        } finally {
            pool.shutdown();
        }
        if (failures.get() > 0) throw new IllegalStateException(failures.get() + " of " + n + " requests failed");
        return latencies;
    }

    /** The latency in ns, negative when the answer was not 200. */
    private long send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long latency = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                System.err.println(request.method() + " " + request.uri() + " -> " + response.statusCode() + " " + response.body());
                return -latency;
            }
            return latency;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        }
    }

    private static double pct(long[] latenciesNs, double percentile) {
        long[] sorted = latenciesNs.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** MEMORY USAGE through a script (the driver's generic execute cannot read an integer reply as bytes). */
    private long memoryUsage(String key) {
        Long usage = redis.execute(new DefaultRedisScript<>("return redis.call('MEMORY', 'USAGE', KEYS[1], 'SAMPLES', '0')", Long.class),
                List.of(key));
        return usage == null ? 0 : usage;
    }

    private Properties info(String section) {
        return redis.execute((RedisCallback<Properties>) c -> c.serverCommands().info(section));
    }

    private long counter(String section, String name) {
        return Long.parseLong(info(section).getProperty(name));
    }

    private long usedMemory() {
        return counter("memory", "used_memory");
    }

    private long dbSize() {
        Long size = redis.execute((RedisCallback<Long>) c -> c.serverCommands().dbSize());
        return size == null ? -1 : size;
    }

    private static long heapAfterGc() throws InterruptedException {
        System.gc();
        Thread.sleep(200);
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Samples heap use while an import runs: the peak used and the peak live old generation after a collection. */
    private static final class HeapSampler {
        volatile boolean running = true;
        volatile long peakUsed;
        volatile long peakOldAfterGc;
        private Thread thread;

        void start() {
            List<MemoryPoolMXBean> old = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP && p.getName().contains("Old")).toList();
            thread = new Thread(() -> {
                while (running) {
                    peakUsed = Math.max(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                    for (MemoryPoolMXBean p : old) {
                        if (p.getCollectionUsage() != null) peakOldAfterGc = Math.max(peakOldAfterGc, p.getCollectionUsage().getUsed());
                    }
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
