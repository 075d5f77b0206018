package vn.gov.ward.assistant.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierBusy;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.dossier.DossierStatusChanged;
import vn.gov.ward.assistant.support.EmptyRedis;
import vn.gov.ward.assistant.support.MutableClock;

/**
 * The dossier store against a real Redis: a status change and its effects in one step, a dossier others keep changing,
 * a change left pending by a writer that stopped.
 */
class DossierStoreTest {

    static final String CODE = "000.32.33.H26-260310-0001";
    static final Instant RECEIVED = Instant.parse("2026-03-10T02:00:00Z");
    @RegisterExtension
    static final EmptyRedis redis = new EmptyRedis();
    final JsonMapper json = JsonMapper.builder().findAndAddModules().build();
    final MutableClock clock = new MutableClock(RECEIVED.plus(Duration.ofDays(1)));
    DossierStore store;

    @BeforeEach
    void setUp() {
        store = new DossierStore(redis.template(), json, new PhoneDigests("secret", null), new PendingEffects(redis.template(), json, clock));
    }

    static Dossier dossier(DossierStatus status, String officer) {
        return new Dossier(CODE, "1.001193", new Dossier.Applicant("Nguyễn Văn An", "0912345678", null), officer, RECEIVED,
                RECEIVED.plusSeconds(86_400), status, null, List.of(new Dossier.StatusChange(status, RECEIVED, null)));
    }

    @Test
    void aNewStatusIsStoredWithItsEffectsAndAnUnchangedOneWithoutAny() {
        store.update(CODE, stored -> dossier(DossierStatus.RECEIVED, "cb-1"));
        store.update(CODE, stored -> dossier(DossierStatus.RECEIVED, "cb-2"));
        store.update(CODE, stored -> dossier(DossierStatus.IN_PROGRESS, "cb-2"));
        store.update(CODE, stored -> stored.orElseThrow());

        var effects = redis.template().opsForStream().range(DossierKeys.EFFECTS, Range.unbounded());
        assertThat(effects).extracting(e -> e.getValue().get(DossierEffects.PREVIOUS)).containsExactly("", "RECEIVED");
        assertThat(json.readValue((String) effects.get(1).getValue().get(DossierEffects.DOSSIER), Dossier.class).status())
                .isEqualTo(DossierStatus.IN_PROGRESS);
    }

    @Test
    void aDossierOthersKeepChangingIsRefusedAsBusyWithNothingWritten() {
        store.update(CODE, stored -> dossier(DossierStatus.RECEIVED, "cb-1"));
        String key = DossierKeys.dossier(CODE);
        AtomicInteger others = new AtomicInteger();
        assertThatThrownBy(() -> store.update(CODE, stored -> {
            // Another writer gets there first, every time (moving the dossier to another officer).
            redis.template().opsForValue().set(key, json.writeValueAsString(dossier(DossierStatus.RECEIVED, "cb-other-" + others.incrementAndGet())));
            return dossier(DossierStatus.IN_PROGRESS, "cb-1");
        })).isInstanceOf(DossierBusy.class).hasMessageContaining(CODE);

        assertThat(store.find(CODE).map(Dossier::status)).isEqualTo(Optional.of(DossierStatus.RECEIVED));
        assertThat(redis.template().opsForStream().size(DossierKeys.EFFECTS)).isEqualTo(1);
    }

    @Test
    void aChangeAWriterStoppedBeforeMovingIsMovedToTheEffectsByTheSweep() {
        store.update(CODE, stored -> dossier(DossierStatus.RECEIVED, "cb-1"));
        DossierStore stopping = new DossierStore(redis.template(), json, new PhoneDigests("secret", null), new PendingEffects(redis.template(), json, clock) {
            @Override
            void move(String code) {
                throw new IllegalStateException("the writer stopped between storing the change and moving it");
            }
        });
        assertThatThrownBy(() -> stopping.update(CODE, stored -> dossier(DossierStatus.IN_PROGRESS, "cb-1"))).isInstanceOf(IllegalStateException.class);
        PendingEffects effects = new PendingEffects(redis.template(), json, clock);

        effects.sweep();
        assertThat(previousStatuses()).as("a change as young as its writer's work is left to it").containsExactly("");
        clock.advance(PendingEffects.SWEEP_AFTER.plusSeconds(1));
        effects.sweep();

        assertThat(previousStatuses()).containsExactly("", "RECEIVED");
        assertThat(redis.template().hasKey(DossierKeys.pendingEffects(CODE))).isFalse();
        assertThat(redis.template().opsForZSet().size(DossierKeys.PENDING_EFFECTS_INDEX)).as("the index, swept").isZero();
    }

    @Test
    void aChangeLeftPendingWithoutAnIndexEntryByAnEarlierVersionIsMovedAtStart() {
        redis.template().opsForList().rightPush(DossierKeys.pendingEffects(CODE),
                new PendingEffects(redis.template(), json, clock).entry(new DossierStatusChanged(dossier(DossierStatus.IN_PROGRESS, "cb-1"),
                        DossierStatus.RECEIVED)));
        PendingEffects effects = new PendingEffects(redis.template(), json, clock);
        clock.advance(PendingEffects.SWEEP_AFTER.plusSeconds(1));
        effects.sweep();
        assertThat(previousStatuses()).as("the sweep reads only the index").isEmpty();

        effects.moveUnindexed();

        assertThat(previousStatuses()).containsExactly("RECEIVED");
        assertThat(redis.template().hasKey(DossierKeys.pendingEffects(CODE))).isFalse();
    }

    @Test
    void theSweepReadsTheIndexNotTheKeyspaceAndTheIndexKeepsOnlyWhatItHasNotSwept() {
        for (int i = 0; i < 200; i++) {
            String code = "000.32.33.H26-260310-1" + String.format("%03d", i);
            store.update(code, stored -> dossier(DossierStatus.RECEIVED, "cb-1"));
            store.update(code, stored -> dossier(DossierStatus.IN_PROGRESS, "cb-1"));
        }
        assertThat(redis.template().opsForZSet().size(DossierKeys.PENDING_EFFECTS_INDEX)).as("one entry a dossier").isEqualTo(200);
        clock.advance(PendingEffects.SWEEP_AFTER.plusSeconds(1));
        redis.template().execute((RedisCallback<Object>) connection -> {
            connection.serverCommands().resetConfigStats();
            return null;
        });

        new PendingEffects(redis.template(), json, clock).sweep();

        Properties commands = redis.template().execute((RedisCallback<Properties>) connection -> connection.serverCommands().info("commandstats"));
        assertThat(commands.stringPropertyNames()).as("no SCAN of the keyspace").noneMatch(name -> name.contains("scan"));
        assertThat(redis.template().opsForZSet().size(DossierKeys.PENDING_EFFECTS_INDEX)).as("the index, swept").isZero();
        assertThat(redis.template().opsForStream().size(DossierKeys.EFFECTS)).as("nothing moved twice").isEqualTo(400);
    }

    @Test
    void anEntryAWriterRenewsWhileTheSweepRunsStaysForTheNextPass() {
        store.update(CODE, stored -> dossier(DossierStatus.RECEIVED, "cb-1"));
        clock.advance(PendingEffects.SWEEP_AFTER.plusSeconds(1));
        PendingEffects sweeping = new PendingEffects(redis.template(), json, clock) {
            @Override
            void move(Collection<String> codes) {
                super.move(codes);
                // Another writer indexes the dossier for its change now, and has not written the change yet.
                index(List.of(CODE));
            }
        };

        sweeping.sweep();

        assertThat(redis.template().opsForZSet().score(DossierKeys.PENDING_EFFECTS_INDEX, CODE)).isEqualTo((double) clock.millis());
    }

    @Test
    void manyDossiersAreReadInBatchesEachFoundUnderItsOwnCodeAndTheAbsentLeftOut() {
        List<String> codes = new java.util.ArrayList<>();
        for (int i = 0; i < 2 * DossierStore.READ_BATCH + 7; i++) {
            String code = String.format("000.32.33.H26-260310-%04d", i + 1);
            codes.add(code);
            if (i % 3 != 0) {
                Dossier d = dossier(DossierStatus.RECEIVED, "cb-" + i);
                redis.template().opsForValue().set(DossierKeys.dossier(code), json.writeValueAsString(
                        new Dossier(code, d.procedureCode(), d.applicant(), d.officerId(), d.receivedAt(), d.appointmentAt(), d.status(),
                                d.pausedAt(), d.history())));
            }
        }

        AtomicInteger pipelines = new AtomicInteger();
        StringRedisTemplate counting = new StringRedisTemplate(redis.connectionFactory()) {
            @Override
            public List<Object> executePipelined(SessionCallback<?> session) {
                pipelines.incrementAndGet();
                return super.executePipelined(session);
            }
        };
        var found = new DossierStore(counting, json, new PhoneDigests("secret", null), new PendingEffects(redis.template(), json, clock))
                .findAll(codes);

        assertThat(pipelines).as("a pipeline a batch, each answered before the next").hasValue(3);
        assertThat(found).hasSize((int) codes.stream().filter(c -> (Integer.parseInt(c.substring(c.length() - 4)) - 1) % 3 != 0).count());
        found.forEach((code, dossier) -> {
            assertThat(dossier.code()).isEqualTo(code);
            assertThat(dossier.officerId()).isEqualTo("cb-" + (Integer.parseInt(code.substring(code.length() - 4)) - 1));
        });
    }

    private List<Object> previousStatuses() {
        return redis.template().opsForStream().range(DossierKeys.EFFECTS, Range.unbounded()).stream()
                .map(e -> e.getValue().get(DossierEffects.PREVIOUS)).toList();
    }
}
