package vn.gov.ward.assistant.reminder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

import vn.gov.ward.assistant.AssistantApplication;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.dossier.internal.DossierStore;
import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.support.FakeTelegram;
import vn.gov.ward.assistant.support.FastFakeServer;


/**
 * The reminder pass at ward-and-beyond scale (not a JUnit test): 2,000 officers (100 units, each with
 * a leader) all linked to Telegram, 100,000 open dossiers, the whole application with its embedded
 * Redis and the Telegram channel pointed at a fast fake Bot API on loopback ({@link FastFakeServer}). Prints the planning time of a
 * quiet minute's pass and of the morning pass (a morning message for everyone with something to do, a
 * leader's with the unit's figures), then the send rate the outbox reaches against the fake, to compare with Telegram's 30 messages/s.
 * Run from the project root, see BENCHMARKS.md ("Telegram reminders"):
 *
 * <pre>
 * mvn -q -pl bot -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
 * cd bot &amp;&amp; java -Xmx2g -cp target/test-classes:target/classes:$(cat target/bench.classpath) vn.gov.ward.assistant.reminder.ReminderBenchmark
 * </pre>
 *
 * System properties: {@code bench.officers} (2000), {@code bench.dossiers} (100000), {@code bench.runs} (5),
 * {@code bench.sendSeconds} (60).
 */
public final class ReminderBenchmark {

    private static final int UNIT_SIZE = 20;
    /** A Tuesday; the pass from 07:00 to 08:01 crosses the 07:30 morning messages. */
    private static final Instant MORNING = OffsetDateTime.parse("2026-12-01T08:01:00+07:00").toInstant();
    private static final Instant QUIET_MINUTE = OffsetDateTime.parse("2026-12-01T10:16:00+07:00").toInstant();

    public static void main(String[] args) throws Exception {
        int officerCount = Integer.getInteger("bench.officers", 2_000);
        int dossierCount = Integer.getInteger("bench.dossiers", 100_000);
        int runs = Integer.getInteger("bench.runs", 5);
        int sendSeconds = Integer.getInteger("bench.sendSeconds", 60);
        Path root = Files.exists(Path.of("../config/ward.yml")) ? Path.of("..") : Path.of(".");
        Path dataDir = Files.createTempDirectory("reminder-bench");
        FastFakeServer telegram = new FastFakeServer(ReminderBenchmark::botApi);
        ConfigurableApplicationContext context = new SpringApplication(AssistantApplication.class).run(
                "--server.port=0",
                "--assistant.ward-file=" + root.resolve("config/ward.yml"),
                "--assistant.holidays-dir=" + root.resolve("config/holidays"),
                "--assistant.data-dir=" + dataDir,
                "--assistant.demo-data=false",
                "--reminders.enabled=false",
                "--telegram.enabled=true",
                "--telegram.bot-token=" + FakeTelegram.TOKEN,
                "--telegram.api-url=" + telegram.url(),
                "--telegram.poll-timeout=0s",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN");
        try {
            OfficerRegistry registry = context.getBean(OfficerRegistry.class);
            DossierStore store = context.getBean(DossierStore.class);
            StringRedisTemplate redis = context.getBean(StringRedisTemplate.class);
            ReminderPass pass = context.getBean(ReminderPass.class);

            long t0 = System.nanoTime();
            List<Officer> officers = officers(officerCount, registry);
            List<String> handling = officers.stream().filter(o -> !o.isLeader()).map(Officer::id).toList();
            int[] shape = dossiers(dossierCount, handling, store);
            System.out.printf("Loaded %,d officers and %,d open dossiers (%,d overdue, %,d due today, %,d due tomorrow) in %.1f s%n",
                    officers.size(), dossierCount, shape[0], shape[1], shape[2], (System.nanoTime() - t0) / 1e9);

            Map<String, Officer> byId = registry.all().stream().collect(Collectors.toMap(Officer::id, Function.identity()));
            System.out.println("\nPlanning only (ReminderPass.plan; officers read once per pass, as run() does):");
            time("  a quiet minute (10:15 → 10:16)", runs, () -> pass.plan(QUIET_MINUTE.minusSeconds(60), QUIET_MINUTE, byId).size());
            time("  the morning pass (07:00 → 08:01: morning messages + due-soon)", runs,
                    () -> pass.plan(MORNING.minusSeconds(3660), MORNING, byId).size());

            redis.opsForValue().set(ReminderKeys.LAST_PASS, MORNING.minusSeconds(3660).toString());
            long runStart = System.nanoTime();
            ReminderPass.Report report = pass.run(MORNING);
            double runSeconds = (System.nanoTime() - runStart) / 1e9;
            System.out.printf("%nThe morning pass, run() once: %,d planned, %,d queued in the outbox; planning %d ms, whole pass %.2f s%n",
                    report.planned(), report.queued(), report.planning().toMillis(), runSeconds);

            System.out.printf("%nSending for %d s to the fake Bot API (telegram.rate-per-second=30, 1 s per chat)…%n", sendSeconds);
            long sendStart = System.nanoTime();
            int[] perSecond = new int[sendSeconds];
            int sentBefore = MESSAGE_IDS.get();
            int previous = sentBefore;
            for (int s = 0; s < sendSeconds; s++) {
                Thread.sleep(1_000);
                int now = MESSAGE_IDS.get();
                perSecond[s] = now - previous;
                previous = now;
            }
            double elapsed = (System.nanoTime() - sendStart) / 1e9;
            int[] sorted = perSecond.clone();
            Arrays.sort(sorted);
            int sent = previous - sentBefore;
            System.out.printf("Sent %,d messages in %.1f s: %.1f messages/s on average; per second min %d, median %d, max %d "
                            + "(limit 30/s)%n", sent, elapsed, sent / elapsed, sorted[0], sorted[sorted.length / 2], sorted[sorted.length - 1]);
            System.out.printf("At that rate the morning's %,d messages take %.1f min%n", report.queued(), report.queued() / (sent / elapsed) / 60);
        } finally {
            context.close();
            telegram.close();
        }
        System.exit(0); // the long-polling library leaves a pool thread that is not a daemon
    }

    private static final Pattern CHAT = Pattern.compile("\"chat_id\"\\s*:\\s*\"?(-?\\d+)");
    private static final AtomicInteger MESSAGE_IDS = new AtomicInteger();

    /** The Bot API's answers: sendMessage accepted at once; an empty getUpdates after a short wait, as long polling. */
    private static String botApi(String path, String body) {
        String method = path.substring(path.lastIndexOf('/') + 1);
        if (method.equalsIgnoreCase("sendmessage")) {
            Matcher chat = CHAT.matcher(body);
            return "{\"ok\":true,\"result\":{\"message_id\":" + MESSAGE_IDS.incrementAndGet() + ",\"date\":1,\"chat\":{\"id\":"
                    + (chat.find() ? chat.group(1) : "1") + ",\"type\":\"private\"},\"text\":\"ok\"}}";
        }
        if (method.equalsIgnoreCase("getupdates")) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "{\"ok\":true,\"result\":[]}";
        }
        return "{\"ok\":true,\"result\":true}";
    }

    private static List<Officer> officers(int count, OfficerRegistry registry) {
        List<Officer> officers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int unit = i / UNIT_SIZE;
            boolean leader = i % UNIT_SIZE == 0;
            Officer officer = new Officer("bench-" + i, "Cán bộ " + i, "Đơn vị " + unit, leader ? Officer.Role.LEADER : Officer.Role.OFFICER,
                    leader ? null : "bench-" + unit * UNIT_SIZE, null);
            registry.save(officer);
            officers.add(registry.link(officer.id(), 10_000L + i));
        }
        return officers;
    }

    /**
     * 3% overdue (up to ten days), 3% due today, 3% due tomorrow, the rest up to 30 days ahead, at office
     * times. @return counts of overdue, due today and due tomorrow
     */
    private static int[] dossiers(int count, List<String> officers, DossierStore store) {
        SplittableRandom random = new SplittableRandom(20261201);
        int[] shape = new int[3];
        List<Dossier> batch = new ArrayList<>();
        Instant today = OffsetDateTime.parse("2026-12-01T00:00:00+07:00").toInstant();
        for (int i = 0; i < count; i++) {
            double p = random.nextDouble();
            int days = p < 0.03 ? -1 - random.nextInt(10) : p < 0.06 ? 0 : p < 0.09 ? 1 : 2 + random.nextInt(28);
            if (days < 0) shape[0]++;
            else if (days < 2) shape[days + 1]++;
            Instant appointment = today.plus(Duration.ofDays(days)).plus(Duration.ofMinutes(9 * 60 + random.nextInt(7 * 60)));
            String code = String.format("000.00.00.B%02d-261101-%04d", i / 10_000, i % 10_000);
            Instant received = appointment.minus(Duration.ofDays(12));
            batch.add(new Dossier(code, "1.001193", new Dossier.Applicant("Nguyễn Văn An", "0912000111", null),
                    officers.get(random.nextInt(officers.size())), received, appointment, DossierStatus.IN_PROGRESS, null,
                    List.of(new Dossier.StatusChange(DossierStatus.IN_PROGRESS, received, null))));
            if (batch.size() == 2_000) {
                store.saveAll(batch, Map.of(), List.of());
                batch.clear();
            }
        }
        store.saveAll(batch, Map.of(), List.of());
        return shape;
    }

    private interface Work {
        int run();
    }

    private static void time(String name, int runs, Work work) {
        int planned = work.run(); // warm-up
        long[] ms = new long[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            planned = work.run();
            ms[r] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("%s: %,d reminders planned; median %d ms, min %d ms, max %d ms over %d runs%n", name, planned, ms[runs / 2], ms[0],
                ms[runs - 1], runs);
    }
}
