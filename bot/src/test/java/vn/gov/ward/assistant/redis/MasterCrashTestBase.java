package vn.gov.ward.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * A master's process is killed (SIGKILL, a crash) while the one-stop system is sending dossiers, and its replica is
 * elected (by the Sentinels, {@link SentinelCrashTest}; by the other masters of a Cluster, {@link ClusterCrashTest}).
 * Replication is asynchronous: a write the old master acknowledged in the instant before the crash and had not sent to
 * the replica is gone (the test counts and logs them), so what is promised is: the assistant goes on without a restart; what the replica had before the crash is there; every
 * request refused during the switch is refused with 503 (never another 5xx) and succeeds when sent again; every
 * request acknowledged once the replica is the master is kept; each question is answered once and each survey sent
 * once.
 */
abstract class MasterCrashTestBase extends FailoverTestBase {

    private static final Logger log = LoggerFactory.getLogger(MasterCrashTestBase.class);
    static final int BEFORE = 10;
    static final int FIRST_DURING = 100;

    /** Waits until the replicas have every write of their masters (a quiet moment). */
    abstract void awaitReplicasCaughtUp();

    /** @return the killed master's port */
    abstract int crashMaster();

    /** Waits until the killed master's replica is the master (of its slots), as the clients are told. */
    abstract void awaitReplicaElected(int crashed);

    /** Puts the setup back for the tests after, where it is shared. */
    void restart(int crashed) {
    }

    @Override
    int series() {
        return 2;
    }

    @Test
    void aCrashedMasterLosesOnlyTheLastInstantAndTheAssistantGoesOnWithoutARestart() throws Exception {
        for (int i = 1; i <= BEFORE; i++) assertThat(putDossier(i).status()).isEqualTo(200);
        askUntilAcknowledged(zaloUser(1), "crash-before");
        returnUntilAcknowledged(1);
        awaitZalo(zaloUser(1), SURVEY);
        awaitReplicasCaughtUp();

        // The one-stop system goes on sending dossiers, each again after a refusal until it is acknowledged; the
        // master dies mid-run.
        Map<Integer, Long> acknowledgedAt = new ConcurrentHashMap<>();
        Map<Integer, Integer> refusals = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<Integer> intake = CompletableFuture.supplyAsync(() -> {
            int i = FIRST_DURING;
            for (; !stop.get(); i++) {
                int status = putDossier(i).status();
                while (status != 200 && !stop.get()) {
                    refusals.merge(status, 1, Integer::sum);
                    pause();
                    status = putDossier(i).status();
                }
                if (status == 200) acknowledgedAt.put(i, System.nanoTime());
            }
            return i;
        });
        await().atMost(SWITCH).until(() -> acknowledgedAt.size() >= 5);
        long crashAt = System.nanoTime();
        int crashed = crashMaster();
        try {
            awaitReplicaElected(crashed);
            long electedAt = System.nanoTime();
            await().atMost(SWITCH).until(() -> acknowledgedAt.values().stream().filter(at -> at > electedAt).count() >= 20);
            stop.set(true);
            int afterLast = intake.get(SWITCH.toSeconds(), TimeUnit.SECONDS);
            log.info("{}: master killed, its replica elected after {} ms; {} dossiers acknowledged, refused {} (by status)",
                    getClass().getSimpleName(), Duration.ofNanos(electedAt - crashAt).toMillis(), acknowledgedAt.size(), refusals);

            askUntilAcknowledged(zaloUser(2), "crash-after");
            returnUntilAcknowledged(2);
            awaitZalo(zaloUser(2), SURVEY);

            assertThat(refusals.keySet()).as("the switch is refused with 503, never another 5xx").isSubsetOf(503);
            for (int i = 1; i <= BEFORE; i++) {
                assertThat(http.get("/api/v1/dossiers/" + code(i), KEY).status()).as("dossier %d, on the replica before the crash", i).isEqualTo(200);
            }
            List<Integer> lost = new ArrayList<>();
            for (int i = FIRST_DURING; i < afterLast; i++) {
                boolean kept = http.get("/api/v1/dossiers/" + code(i), KEY).status() == 200;
                if (acknowledgedAt.get(i) > electedAt) {
                    assertThat(kept).as("dossier %d, acknowledged once the replica was the master", i).isTrue();
                } else if (!kept) {
                    lost.add(i);
                }
            }
            log.info("{}: {} acknowledged dossier(s) lost with the old master (acknowledged before it died, not yet on the replica): {}",
                    getClass().getSimpleName(), lost.size(), lost);
            for (int i = 1; i <= 2; i++) {
                assertThat(http.get("/api/v1/dossiers/" + code(i), KEY).body().get("dossier").get("status").asString()).isEqualTo("RETURNED");
            }
            for (int i = 0; i < 20; i++) {
                assertThat(putDossier(afterLast + i).status()).as("once the switch is over nothing is refused").isEqualTo(200);
            }
            await().pollDelay(Duration.ofSeconds(3)).until(() -> true); // time for a second answer or survey, if one were sent
            for (String user : new String[] {zaloUser(1), zaloUser(2)}) {
                assertThat(zaloTextsTo(user)).as("to %s", user).filteredOn(t -> t.startsWith(ANSWER)).hasSize(1);
                assertThat(zaloTextsTo(user)).as("to %s", user).filteredOn(t -> t.contains(SURVEY)).hasSize(1);
            }
        } finally {
            stop.set(true);
            restart(crashed);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
