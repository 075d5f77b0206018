package vn.gov.ward.assistant.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.domain.Range;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierBusy;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.dossier.DossierStatusChanged;
import vn.gov.ward.assistant.support.EmptyRedis;

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
    DossierStore store;

    @BeforeEach
    void setUp() {
        store = new DossierStore(redis.template(), json, new PhoneDigests("secret", null), new PendingEffects(redis.template(), json));
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
        PendingEffects effects = new PendingEffects(redis.template(), json);
        redis.template().opsForList().rightPush(DossierKeys.pendingEffects(CODE),
                effects.entry(new DossierStatusChanged(dossier(DossierStatus.IN_PROGRESS, "cb-1"), DossierStatus.RECEIVED)));

        effects.sweep();

        var moved = redis.template().opsForStream().range(DossierKeys.EFFECTS, Range.unbounded());
        assertThat(moved).extracting(e -> e.getValue().get(DossierEffects.PREVIOUS)).containsExactly("RECEIVED");
        assertThat(redis.template().hasKey(DossierKeys.pendingEffects(CODE))).isFalse();
    }
}
