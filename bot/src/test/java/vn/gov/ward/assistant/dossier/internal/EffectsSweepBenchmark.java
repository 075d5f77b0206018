package vn.gov.ward.assistant.dossier.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.redis.KeyScan;
import vn.gov.ward.assistant.support.MutableClock;
import vn.gov.ward.assistant.support.RedisForTests;

/**
 * The effects sweep on a city's keyspace (a {@code main}, not a test): {@code bench.dossiers} dossiers (default
 * 1,000,000) of which {@code bench.changed} (500) were changed since the last pass, on a Redis server of the embedded
 * default's binary. Times, interleaved A/B, the sweep as it was (SCAN of every key for {@code dossier-effects:{*}}, as
 * {@link KeyScan} does) and as it is ({@link PendingEffects#sweep}: the index), five rounds each.
 */
public final class EffectsSweepBenchmark {

    public static void main(String[] args) throws Exception {
        int dossiers = Integer.getInteger("bench.dossiers", 1_000_000);
        int changed = Integer.getInteger("bench.changed", 500);
        JsonMapper json = JsonMapper.builder().findAndAddModules().build();
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T02:00:00Z"));
        try (RedisForTests redis = new RedisForTests()) {
            String value = "{}"; // the keys' count is what a SCAN pays for, not their size
            for (int from = 0; from < dossiers; from += 10_000) {
                int start = from;
                redis.template().executePipelined(new SessionCallback<Object>() {
                    @Override
                    @SuppressWarnings({"unchecked", "rawtypes"})
                    public Object execute(RedisOperations ops) {
                        for (int i = start; i < Math.min(start + 10_000, dossiers); i++) ops.opsForValue().set(DossierKeys.dossier(code(i)), value);
                        return null;
                    }
                });
            }
            PendingEffects effects = new PendingEffects(redis.template(), json, clock);
            for (int round = 1; round <= 5; round++) {
                List<String> codes = new ArrayList<>();
                for (int i = 0; i < changed; i++) codes.add(code((round * 7919 + i * 104_729) % dossiers));
                effects.index(codes);
                clock.advance(PendingEffects.SWEEP_AFTER.plusSeconds(1));

                long scanStart = System.nanoTime();
                int[] found = {0};
                KeyScan.inBatches(redis.template(), "dossier-effects:{*", keys -> found[0] += keys.size());
                long scan = System.nanoTime() - scanStart;

                long indexStart = System.nanoTime();
                effects.sweep();
                long index = System.nanoTime() - indexStart;
                System.out.printf("round %d: %,d keys; SCAN sweep %d ms, index sweep (%d entries) %d ms; index left: %d%n", round,
                        redis.template().execute((RedisCallback<Long>) c -> c.serverCommands().dbSize()), Duration.ofNanos(scan).toMillis(), changed,
                        Duration.ofNanos(index).toMillis(), redis.template().opsForZSet().size(DossierKeys.PENDING_EFFECTS_INDEX));
            }
        }
    }

    private static String code(int i) {
        return String.format("000.32.33.H26-%06d-%04d", i / 10_000, i % 10_000);
    }
}
