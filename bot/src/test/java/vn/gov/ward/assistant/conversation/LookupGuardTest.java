package vn.gov.ward.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import vn.gov.ward.assistant.support.EmptyRedis;

/** Failed dossier checks are limited per dossier, per client and overall, on a real Redis. */
class LookupGuardTest {

    @RegisterExtension
    static final EmptyRedis redis = new EmptyRedis();
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    LookupGuard guard = new LookupGuard(redis.template(),
            new LookupGuardProperties(3, 5, 8, Duration.ofHours(1), Duration.ofHours(1), Duration.ofMinutes(15)), meters);

    @Test
    void aDossierIsLockedAfterItsLimitWhateverTheClient() {
        assertThat(guard.recordFailure("A", "client-1").locked()).isFalse();
        assertThat(guard.recordFailure("A", "client-2").locked()).isFalse();
        LookupGuard.Failure third = guard.recordFailure("A", "client-3");
        assertThat(third.locked()).isTrue();
        assertThat(third.dossierLockedNow()).as("the officer hears of it once").isTrue();
        assertThat(guard.recordFailure("A", "client-4").dossierLockedNow()).isFalse();
        assertThat(guard.locked("A", "someone-new")).isTrue();
        assertThat(guard.locked("B", "someone-new")).isFalse();
        assertThat(meters.get("dossier.lookup.checks.failed").counter().count()).isEqualTo(4);
        assertThat(meters.get("dossier.lookup.locks").tag("scope", "dossier").counter().count()).as("locked once").isEqualTo(1);
        assertThat(meters.get("dossier.lookup.locks").tag("scope", "client").counter().count()).isZero();
    }

    @Test
    void aClientIsLockedAfterItsLimitWhateverTheDossier() {
        for (int i = 0; i < 4; i++) assertThat(guard.recordFailure("code-" + i, "client-1").locked()).isFalse();
        assertThat(guard.recordFailure("code-4", "client-1").locked()).isTrue();
        assertThat(guard.locked("never-tried", "client-1")).isTrue();
        assertThat(guard.locked("never-tried", "client-2")).isFalse();
    }

    @Test
    void overTheOverallLimitEveryLookupWaits() {
        LookupGuard.Failure last = null;
        for (int i = 0; i < 8; i++) last = guard.recordFailure("code-" + i, "client-" + i);
        assertThat(last.overallLockedNow()).isTrue();
        assertThat(guard.locked("fresh-code", "fresh-client")).isTrue();
    }

    @Test
    void countersAndLocksAreWrittenWithTheirLifetime() {
        guard.recordFailure("A", "c");
        guard.recordFailure("A", "c");
        guard.recordFailure("A", "c");
        var keys = redis.template().keys("lookup-guard:*");
        assertThat(keys).as("three counters and the dossier's lock").hasSize(4);
        for (String key : keys) assertThat(redis.template().getExpire(key)).as(key).isPositive();
        assertThat(keys).as("one slot, no client id in clear").allSatisfy(k -> assertThat(k).contains("{lookup-guard}").doesNotEndWith(":c"));
    }
}
