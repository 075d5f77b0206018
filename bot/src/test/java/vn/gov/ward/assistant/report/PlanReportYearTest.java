package vn.gov.ward.assistant.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.console.ConsoleTest;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.dossier.Submission;
import vn.gov.ward.assistant.dossier.internal.DossierStore;
import vn.gov.ward.assistant.procedure.Procedures;
import vn.gov.ward.assistant.redis.RedisOutage;
import vn.gov.ward.assistant.survey.RatingsForTests;

/**
 * The annual report of a generated year (2025: 1 December 2024 to 30 November 2025) of more than
 * 20,000 dossiers and 5,000 ratings (received from January, as the holiday calendar starts in 2025), against the same figures counted here directly from what was
 * generated. The data keeps away from the edges of working time: an on-time dossier finishes at or
 * before its appointment, a late one ten days after it (past any holiday), so "late" is plain
 * comparison here. The time to make the report is printed (BENCHMARKS.md), not asserted. In the console
 * tests' context, not the one most tests share: its open dossiers of last year would be overdue there.
 */
@ConsoleTest
class PlanReportYearTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<String> CODES = List.of("1.001193", "2.000815", "1.004194", "9.999999");
    private static final Instant FROM = LocalDate.of(2024, 12, 1).atStartOfDay(ZONE).toInstant();
    private static final Instant TO = LocalDate.of(2025, 12, 1).atStartOfDay(ZONE).toInstant();
    private static final int DOSSIERS = 26_000;
    /**
     * Dossiers per pipelined save: the last command of a pipeline waits for all before it, and on a busy machine a
     * pipeline of 1,000 went past the 1 s Redis timeout.
     */
    private static final int BATCH = 100;

    @Autowired
    PlanReport report;
    @Autowired
    DossierStore store;
    @Autowired
    Procedures procedures;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    JsonMapper json;

    /** What was generated for one dossier, for counting here. */
    private record Made(String code, String field, Instant received, Instant finished, Instant appointment, boolean online, Integer score) {
    }

    @Test
    void theAnnualReportMatchesACountOfTheGeneratedYear() throws Exception {
        Random random = new Random(2025);
        List<Made> made = new ArrayList<>();
        List<Dossier> dossiers = new ArrayList<>();
        List<RatingsForTests.Returned> returned = new ArrayList<>();
        // Each procedure's field looked up once, not once a dossier (each lookup reads the additions' version from Redis).
        Map<String, String> fields = CODES.stream().collect(Collectors.toMap(code -> code, this::fieldOf));
        // From January (the holiday calendar starts with 2025) to a month after the year: some finish after it.
        Instant first = LocalDate.of(2025, 1, 1).atStartOfDay(ZONE).toInstant();
        long span = Duration.between(first, TO.plus(Duration.ofDays(30))).toMinutes();
        for (int i = 0; i < DOSSIERS; i++) {
            String code = String.format("000.00.99.H26-250000-%05d", i);
            String procedure = CODES.get(random.nextInt(CODES.size()));
            Instant received = first.plus(Duration.ofMinutes(random.nextLong(span)));
            Instant appointment = received.plus(Duration.ofDays(3 + random.nextInt(10)));
            Instant finished = switch (random.nextInt(10)) {
                case 0, 1 -> null;                                                  // still open
                case 2 -> appointment.plus(Duration.ofDays(10 + random.nextInt(20))); // late
                default -> appointment.minus(Duration.ofHours(random.nextInt(48)));   // on time
            };
            if (finished != null && finished.isBefore(received)) finished = received.plusSeconds(60);
            // A dossier still without an outcome at the year's end and due around it is moved clear of it, so "overdue then" is plain too.
            if ((finished == null || !finished.isBefore(TO)) && Duration.between(appointment, TO).abs().compareTo(Duration.ofDays(10)) < 0) {
                appointment = TO.plus(Duration.ofDays(1));
            }
            boolean online = random.nextInt(3) == 0;
            Integer score = null;
            if (finished != null && random.nextInt(100) < 40) score = 1 + random.nextInt(5) / 2 + random.nextInt(4) / 2 + random.nextInt(2);
            List<Dossier.StatusChange> history = new ArrayList<>(List.of(new Dossier.StatusChange(DossierStatus.RECEIVED, received, null)));
            if (finished != null) history.add(new Dossier.StatusChange(DossierStatus.RETURNED, finished, null));
            dossiers.add(new Dossier(code, procedure, new Dossier.Applicant("Người Nộp " + i, "09" + String.format("%08d", i), null),
                    "gen-" + (i % 20), received, appointment, finished == null ? DossierStatus.RECEIVED : DossierStatus.RETURNED, null, history,
                    online ? Submission.ONLINE : Submission.IN_PERSON));
            if (finished != null) returned.add(new RatingsForTests.Returned(code, procedure, "gen-" + (i % 20), finished, score));
            made.add(new Made(code, fields.get(procedure), received, finished, appointment, online, score));
        }
        // Setting up the year, not what is tested: batches written four at a time (different dossiers; their index entries
        // only add); a batch past the 1 s command timeout on a busy machine is written again (the same dossiers, no
        // effects: idempotent), a few times at most.
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> written = new ArrayList<>();
            for (int i = 0; i < dossiers.size(); i += BATCH) {
                List<Dossier> batch = dossiers.subList(i, Math.min(dossiers.size(), i + BATCH));
                AtomicInteger tries = new AtomicInteger();
                written.add(writers.submit(() -> RedisOutage.untilDone(() -> store.saveAll(batch, Map.of(), List.of()), () -> tries.incrementAndGet() < 5)));
            }
            for (Future<Boolean> batch : written) assertThat(batch.get()).as("the year's dossiers written").isTrue();
        } finally {
            writers.shutdown();
        }
        RatingsForTests.store(redis, json, returned);
        long ratingsInYear = made.stream().filter(m -> m.score() != null && in(m.finished())).count();
        assertThat(ratingsInYear).as("a year of at least 5,000 ratings").isGreaterThanOrEqualTo(5_000);
        assertThat(made.stream().filter(m -> in(m.received()))).as("at least 20,000 dossiers received in the year").hasSizeGreaterThanOrEqualTo(20_000);

        long start = System.nanoTime();
        PlanReport.Figures figures = report.of(ReportPeriod.year(2025));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Annual report of %,d dossiers and %,d ratings: %,d ms%n", made.size(), ratingsInYear, millis);

        Map<String, long[]> expected = new HashMap<>();
        for (Made m : made) {
            long[] total = expected.computeIfAbsent("Tổng cộng", k -> new long[10]);
            long[] field = expected.computeIfAbsent(m.field(), k -> new long[10]);
            for (long[] c : List.of(total, field)) count(c, m);
        }
        assertThat(figures.total().field()).isEqualTo("Tổng cộng");
        for (PlanReport.Row row : concat(figures.total(), figures.fields())) {
            long[] c = expected.get(row.field());
            assertThat(new long[] {row.received(), row.receivedOnline(), row.resolved(), row.resolvedOnTime(), row.resolvedLate(), row.pending(),
                    row.overdue(), row.ratings(), row.satisfied()}).as(row.field()).containsExactly(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]);
            assertThat(row.meanScore()).as(row.field() + " mean").isCloseTo((double) c[9] / c[7], org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(figures.fields()).extracting(PlanReport.Row::field).containsExactlyInAnyOrderElementsOf(
                expected.keySet().stream().filter(f -> !f.equals("Tổng cộng")).toList());
    }

    /** received, online, resolved, on time, late, pending, overdue, ratings, satisfied, score sum. */
    private static void count(long[] c, Made m) {
        if (in(m.received())) {
            c[0]++;
            if (m.online()) c[1]++;
        }
        if (m.finished() != null && in(m.finished())) {
            c[2]++;
            if (m.finished().isAfter(m.appointment())) c[4]++;
            else c[3]++;
            if (m.score() != null) {
                c[7]++;
                if (m.score() >= 4) c[8]++;
                c[9] += m.score();
            }
        }
        if (m.received().isBefore(TO) && (m.finished() == null || !m.finished().isBefore(TO))) {
            c[5]++;
            if (m.appointment().isBefore(TO)) c[6]++;
        }
    }

    private static boolean in(Instant t) {
        return !t.isBefore(FROM) && t.isBefore(TO);
    }

    private String fieldOf(String code) {
        return procedures.procedure(code).map(p -> p.field()).filter(f -> f != null && !f.isBlank()).orElse(PlanReport.UNKNOWN_FIELD);
    }

    private static List<PlanReport.Row> concat(PlanReport.Row total, List<PlanReport.Row> fields) {
        List<PlanReport.Row> all = new ArrayList<>(List.of(total));
        all.addAll(fields);
        return all;
    }
}
