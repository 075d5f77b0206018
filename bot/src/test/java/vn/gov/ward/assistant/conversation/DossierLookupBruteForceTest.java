package vn.gov.ward.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import vn.gov.ward.assistant.AssistantTest;
import vn.gov.ward.assistant.HttpJson;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.support.MutableClock;
import vn.gov.ward.assistant.support.TickingTestClock;

/**
 * The attack the hardening probe made: the 4-digit checks in turn, a new web session every four
 * tries, and Zalo users rotating too. No guess reveals the dossier, and its officer hears of it.
 */
@AssistantTest
class DossierLookupBruteForceTest {

    private static final String CODE = "000.32.33.H26-260309-7777";
    /**
     * Each of the four attackers takes its quarter of the checks from its start: the third reaches the right digits
     * (5678) with its 679th guess, after some 2,700 wrong ones in all (the probe, alone, after 5,678), far past every
     * limit (5 failures a dossier, 20 a client, 300 overall). The locks last 15 minutes to an hour, so the rest of
     * the 10,000 checks would only meet the same locks again.
     */
    private static final int GUESSES_EACH = 700;

    @LocalServerPort
    int port;
    @Autowired
    DossierService dossiers;
    @Autowired
    ConversationEngine engine;
    @Autowired
    OfficerRegistry officers;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void setUp() {
        clock.set(TickingTestClock.START);
        redis.delete(redis.keys("lookup-guard:*"));
        officers.save(new Officer("brute-officer", "Lê Văn Bảo", "Tư pháp – Hộ tịch", Officer.Role.OFFICER, null, null));
        officers.link("brute-officer", 99_001L);
        Instant received = clock.instant().minusSeconds(86_400);
        dossiers.put(CODE, new DossierService.Intake("1.001193", new Dossier.Applicant("Phạm Thị Hoa", "0912345678", null),
                "brute-officer", received, null, DossierStatus.RECEIVED));
    }

    @AfterEach
    void forgetTheLocks() {
        redis.delete(redis.keys("lookup-guard:*"));
    }

    @Test
    void guessesPastTheRightDigitsOverRotatingSessionsAndChannelsNeverRevealADossier() throws Exception {
        HttpJson http = new HttpJson(port);
        AtomicInteger revealed = new AtomicInteger();
        // Four attackers at once, each with its share of the digits, a new session or Zalo user every four tries.
        ExecutorService attackers = Executors.newFixedThreadPool(4);
        List<Future<?>> runs = new ArrayList<>();
        for (int attacker = 0; attacker < 4; attacker++) {
            int first = attacker * 2_500;
            boolean web = attacker % 2 == 0;
            runs.add(attackers.submit(() -> {
                String sender = null;
                for (int guess = first; guess < first + GUESSES_EACH; guess++) {
                    if ((guess - first) % 4 == 0) sender = UUID.randomUUID().toString().replace("-", "");
                    String message = CODE.toLowerCase() + " " + String.format("%04d", guess);
                    List<String> answers = web ? webAnswers(http, sender, message)
                            : engine.handle("zalo:" + sender, message).stream().map(Reply::text).toList();
                    if (answers.stream().anyMatch(a -> a.contains("Trạng thái") || a.contains("Phạm T. H."))) revealed.incrementAndGet();
                }
            }));
        }
        for (Future<?> run : runs) run.get(2, TimeUnit.MINUTES);
        attackers.shutdown();
        assertThat(revealed.get()).as("answers that showed the dossier (the right digits are 5678)").isZero();
        assertThat(redis.keys("outbox:{*}:key:lookup-locked:" + CODE + ":*")).as("the officer is told").hasSize(1);
    }

    private static List<String> webAnswers(HttpJson http, String session, String message) {
        HttpJson.Response r = http.post("/api/v1/chat", Map.of("sessionId", session, "text", message));
        assertThat(r.status()).isEqualTo(200);
        return r.body().get("replies").valueStream().map(reply -> reply.get("text").asString()).toList();
    }
}
