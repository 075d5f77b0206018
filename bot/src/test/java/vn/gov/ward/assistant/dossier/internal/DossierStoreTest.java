package vn.gov.ward.assistant.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierBusy;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.support.RedisForTests;

/** Writers racing on one dossier: the one that loses every attempt is told to come back, it is no server error. */
class DossierStoreTest {

    static final String CODE = "000.32.33.H26-260310-0001";
    static final Instant RECEIVED = Instant.parse("2026-03-10T02:00:00Z");

    private static Dossier dossier(String officerId) {
        return new Dossier(CODE, "1.001193", new Dossier.Applicant("Lê Văn Lưu", "0912345678", null), officerId, RECEIVED,
                RECEIVED.plusSeconds(7 * 86400), DossierStatus.RECEIVED, null,
                List.of(new Dossier.StatusChange(DossierStatus.RECEIVED, RECEIVED, null)));
    }

    @Test
    void aDossierChangedByOthersUnderEveryAttemptIsBusyAndKeepsTheirChange() throws Exception {
        try (RedisForTests redis = new RedisForTests()) {
            DossierStore store = new DossierStore(redis.template(), JsonMapper.builder().build(), new PhoneDigests("secret", null));
            store.update(CODE, before -> dossier("tuphap-hotich-01"));
            AtomicInteger attempts = new AtomicInteger();

            assertThatThrownBy(() -> store.update(CODE, before -> {
                // Another writer stores its change between this one's read and its write, every time.
                CompletableFuture.runAsync(() -> redis.template().opsForValue().append(DossierKeys.dossier(CODE), " ")).join();
                attempts.incrementAndGet();
                return dossier("motcua-01");
            })).isInstanceOf(DossierBusy.class).hasMessageContaining("try again");

            assertThat(attempts.get()).isGreaterThan(1);
            assertThat(store.find(CODE).orElseThrow().officerId()).isEqualTo("tuphap-hotich-01");
        }
    }
}
