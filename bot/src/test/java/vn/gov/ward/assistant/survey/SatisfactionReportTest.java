package vn.gov.ward.assistant.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.gov.ward.assistant.AssistantTest;
import vn.gov.ward.assistant.HttpJson;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.dossier.internal.DossierStore;
import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerRegistry;

/**
 * The satisfaction figures over a generated quarter: 5,000 dossiers returned in Q4 2026 (and some just
 * outside it), about 70% rated through the survey, compared with the same figures computed here from
 * what was generated.
 */
@AssistantTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SatisfactionReportTest {

    static final String[] PROCEDURES = {"1.001193", "1.000894", "2.000908", "1.004222", "1.001022"};
    static final String[] CHANNELS = {"zalo", "zns", "web"};
    static final Instant Q4 = OffsetDateTime.parse("2026-10-01T00:00:00+07:00").toInstant();
    static final Instant Q1 = OffsetDateTime.parse("2027-01-01T00:00:00+07:00").toInstant();

    @LocalServerPort
    int port;
    @Autowired
    DossierStore store;
    @Autowired
    SurveyService surveys;
    @Autowired
    OfficerRegistry officers;

    /** What was generated inside the quarter: per dossier its procedure, officer, and rating (null if none). */
    record Generated(String procedure, String officer, String channel, Integer score) {
    }

    final List<Generated> quarter = new ArrayList<>();

    @BeforeAll
    void generateAQuarter() throws Exception {
        officers.save(new Officer("rp-lead", "Lãnh đạo báo cáo", "Lãnh đạo", Officer.Role.LEADER, null, null));
        officers.link("rp-lead", 9_100); // low scores reach the leader through the outbox, not the admins' log
        for (int i = 0; i < 8; i++) officers.save(new Officer("rp-" + i, "Cán bộ " + i, "Một cửa", Officer.Role.OFFICER, "rp-lead", null));
        SplittableRandom random = new SplittableRandom(4242);
        long span = Duration.between(Q4, Q1).toMillis();
        List<Returned> returned = new ArrayList<>();
        for (int i = 0; i < 5_300; i++) {
            // 5,000 inside the quarter, 300 in the days just before and after it.
            boolean inside = i < 5_000;
            Instant returnedAt = inside ? Q4.plusMillis(random.nextLong(span))
                    : i % 2 == 0 ? Q4.minusMillis(1 + random.nextLong(Duration.ofDays(5).toMillis())) : Q1.plusMillis(random.nextLong(Duration.ofDays(5).toMillis()));
            String procedure = PROCEDURES[random.nextInt(PROCEDURES.length)];
            String officer = "rp-" + random.nextInt(8);
            Instant received = returnedAt.minus(Duration.ofDays(10));
            Dossier d = new Dossier(String.format("000.32.33.R26-261001-%04d", i), procedure,
                    new Dossier.Applicant("Nguyễn Văn An", "0912000111", null), officer, received, returnedAt.minus(Duration.ofDays(1)),
                    DossierStatus.RETURNED, null, List.of(new Dossier.StatusChange(DossierStatus.RECEIVED, received, null),
                    new Dossier.StatusChange(DossierStatus.RESULT_READY, returnedAt.minus(Duration.ofHours(2)), null),
                    new Dossier.StatusChange(DossierStatus.RETURNED, returnedAt, null)));
            Integer score = null;
            String channel = null;
            if (random.nextDouble() < 0.7) {
                // Mostly satisfied, with a tail of low scores.
                double p = random.nextDouble();
                score = p < 0.55 ? 5 : p < 0.85 ? 4 : p < 0.92 ? 3 : p < 0.97 ? 2 : 1;
                channel = CHANNELS[random.nextInt(CHANNELS.length)];
            }
            if (inside) quarter.add(new Generated(procedure, officer, channel, score));
            returned.add(new Returned(d, score, channel));
        }
        // Each dossier on its own, as the one-stop system and the citizens bring them: several at a time, not one round trip after another.
        ExecutorService savers = Executors.newFixedThreadPool(6);
        try {
            for (Future<Object> saved : savers.invokeAll(returned.stream().map(r -> (Callable<Object>) () -> {
                store.saveAll(List.of(r.dossier()), Map.of(), List.of());
                surveys.begin(r.dossier());
                if (r.score() != null) {
                    assertThat(surveys.rate(r.dossier().code(), r.score(), r.channel(), null, null, null)).isEqualTo(SurveyService.Outcome.RECORDED);
                }
                return null;
            }).toList())) {
                saved.get();  // a failed save or rating fails the test here
            }
        } finally {
            savers.shutdown();
        }
    }

    private record Returned(Dossier dossier, Integer score, String channel) {
    }

    private JsonNode report(String groupBy) {
        HttpJson.Response r = new HttpJson(port).get("/api/v1/reports/satisfaction?from=2026-10-01&to=2026-12-31&groupBy=" + groupBy,
                "X-Api-Key", AssistantTest.API_KEY);
        assertThat(r.status()).isEqualTo(200);
        return r.body();
    }

    @Test
    void theQuarterTotalsMatchAnIndependentComputation() {
        JsonNode total = report("procedure").get("total");
        List<Generated> rated = quarter.stream().filter(g -> g.score() != null).toList();
        long satisfied = rated.stream().filter(g -> g.score() >= 4).count();
        assertThat(total.get("returned").asInt()).isEqualTo(5_000);
        assertThat(total.get("ratings").asInt()).isEqualTo(rated.size());
        assertThat(total.get("satisfied").asInt()).isEqualTo((int) satisfied);
        assertThat(total.get("satisfiedShare").asDouble()).isCloseTo((double) satisfied / rated.size(), within(1e-12));
        assertThat(total.get("meanScore").asDouble()).isCloseTo(rated.stream().mapToInt(Generated::score).average().orElseThrow(), within(1e-12));
        assertThat(total.get("responseRate").asDouble()).isCloseTo(rated.size() / 5_000.0, within(1e-12));
        assertThat(total.get("meetsTarget").asBoolean()).isEqualTo((double) satisfied / rated.size() >= 0.9);
        assertThat(report("procedure").get("target").asDouble()).isEqualTo(0.9);
    }

    @Test
    void perProcedureOfficerAndChannelFiguresMatchToo() {
        check(report("procedure"), "procedure");
        check(report("officer"), "officer");
        check(report("channel"), "channel");
    }

    private void check(JsonNode report, String groupBy) {
        Map<String, List<Generated>> groups = new HashMap<>();
        for (Generated g : quarter) {
            String key = switch (groupBy) {
                case "procedure" -> g.procedure();
                case "officer" -> g.officer();
                default -> g.channel();
            };
            if (key != null) groups.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
        }
        assertThat(report.get("groups").size()).isEqualTo(groups.size());
        for (JsonNode group : report.get("groups")) {
            List<Generated> expected = groups.get(group.get("key").asString());
            List<Generated> rated = expected.stream().filter(g -> g.score() != null).toList();
            long satisfied = rated.stream().filter(g -> g.score() >= 4).count();
            assertThat(group.get("ratings").asInt()).as(groupBy + " " + group.get("key")).isEqualTo(rated.size());
            assertThat(group.get("satisfied").asInt()).isEqualTo((int) satisfied);
            assertThat(group.get("meanScore").asDouble()).isCloseTo(rated.stream().mapToInt(Generated::score).average().orElseThrow(), within(1e-12));
            if (groupBy.equals("channel")) {
                assertThat(group.get("returned")).as("a returned dossier has no channel").isNull();
            } else {
                assertThat(group.get("returned").asInt()).isEqualTo(expected.size());
                assertThat(group.get("responseRate").asDouble()).isCloseTo((double) rated.size() / expected.size(), within(1e-12));
            }
        }
    }

    @Test
    void badParametersAreRefused() {
        HttpJson http = new HttpJson(port);
        assertThat(http.get("/api/v1/reports/satisfaction?from=2026-10-01&to=2026-12-31").status()).isEqualTo(401);
        assertThat(http.get("/api/v1/reports/satisfaction?from=2026-13-01&to=2026-12-31", "X-Api-Key", AssistantTest.API_KEY).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/reports/satisfaction?from=2026-12-31&to=2026-10-01", "X-Api-Key", AssistantTest.API_KEY).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/reports/satisfaction?from=2026-10-01&to=2026-12-31&groupBy=ward", "X-Api-Key", AssistantTest.API_KEY).status())
                .isEqualTo(400);
    }
}
