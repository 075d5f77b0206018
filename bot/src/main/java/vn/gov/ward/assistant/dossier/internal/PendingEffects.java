package vn.gov.ward.assistant.dossier.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations.TypedTuple;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.dossier.DossierStatusChanged;
import vn.gov.ward.assistant.redis.KeyScan;
import vn.gov.ward.assistant.redis.RedisOutage;

/**
 * The way a stored status change reaches the effects stream. The dossier and its change are written in one
 * step to the dossier's own slot ({@link DossierKeys#pendingEffects}: a Cluster runs no script or transaction
 * across two slots), then moved here to the effects stream ({@link DossierKeys#EFFECTS}) right after the write;
 * a change a writer stopped before moving is moved by the sweep every {@code dossiers.effects-sweep-every}
 * (5 minutes). The sweep reads an index, not the keyspace: a writer adds the dossier's code to
 * {@link DossierKeys#PENDING_EFFECTS_INDEX} (the effects' slot) before it writes the change, so no change is
 * pending without its entry; the sweep takes the entries older than {@link #SWEEP_AFTER}, moves what they still
 * have pending (most have nothing: their writer moved it) and drops each entry unless a writer indexed the dossier
 * again meanwhile. The index holds the dossiers changed since the last pass, not every dossier. A change moved
 * twice (a writer and the sweep at once) is carried out twice: the listeners are idempotent.
 */
@Component
class PendingEffects {

    /**
     * The sweep leaves younger entries to their writers: an entry is written just before its change, and dropping it in
     * between would leave that change unindexed if its writer then stopped. A minute also covers the instances' clock skew.
     */
    static final Duration SWEEP_AFTER = Duration.ofMinutes(1);
    private static final int PAGE = 500;
    private static final Logger log = LoggerFactory.getLogger(PendingEffects.class);
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
    };
    // Drops the swept entries (ARGV: code, score read, …) still scored as read: one a writer renewed since stays.
    private static final RedisScript<Long> FORGET = RedisScript.of("""
            local dropped = 0
            for i = 1, #ARGV, 2 do
              local score = redis.call('ZSCORE', KEYS[1], ARGV[i])
              if score and tonumber(score) == tonumber(ARGV[i + 1]) then
                redis.call('ZREM', KEYS[1], ARGV[i])
                dropped = dropped + 1
              end
            end
            return dropped""", Long.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final Clock clock;

    PendingEffects(StringRedisTemplate redis, JsonMapper json, Clock clock) {
        this.redis = redis;
        this.json = json;
        this.clock = clock;
    }

    /** Indexes the dossiers about to be given a pending change, for the sweep: before the change is written. */
    void index(Collection<String> codes) {
        double now = clock.millis();
        Set<TypedTuple<String>> entries = codes.stream().map(code -> TypedTuple.of(code, now)).collect(Collectors.toSet());
        if (!entries.isEmpty()) redis.opsForZSet().add(DossierKeys.PENDING_EFFECTS_INDEX, entries);
    }

    /** The change as the dossier's pending list keeps it: the effects stream entry's fields, as JSON. */
    String entry(DossierStatusChanged change) {
        return json.writeValueAsString(Map.of(
                DossierEffects.DOSSIER, json.writeValueAsString(change.dossier()),
                DossierEffects.PREVIOUS, change.previous() == null ? "" : change.previous().name()));
    }

    /** Moves the dossier's pending changes, oldest first, to the effects stream. */
    void move(String code) {
        move(List.of(code));
    }

    /** Moves the pending changes of many dossiers (a CSV batch, a sweep's page): two pipelined round trips in all. */
    @SuppressWarnings("unchecked")
    void move(Collection<String> codes) {
        List<String> pending = codes.stream().map(DossierKeys::pendingEffects).toList();
        if (pending.isEmpty()) return;
        List<Object> lists = redis.executePipelined(new SessionCallback<Object>() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object execute(RedisOperations ops) {
                pending.forEach(key -> ops.opsForList().range(key, 0, -1));
                return null;
            }
        });
        redis.executePipelined(new SessionCallback<Object>() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object execute(RedisOperations ops) {
                for (int i = 0; i < pending.size(); i++) {
                    for (String entry : (List<String>) lists.get(i)) {
                        ops.opsForStream().add(StreamRecords.newRecord().in(DossierKeys.EFFECTS).ofMap(json.readValue(entry, FIELDS)));
                        ops.opsForList().remove(pending.get(i), 1, entry);
                    }
                }
                return null;
            }
        });
    }

    /**
     * Once at start, the only pass over the keyspace: moves the changes pending without an index entry, which a writer
     * of a version before the index left when it stopped between storing and moving (the index covers every change
     * stored since). A change moved by its writer at the same time is carried out twice, as with the sweep.
     */
    @EventListener(ApplicationReadyEvent.class)
    void moveUnindexed() {
        try {
            int[] moved = {0};
            KeyScan.inBatches(redis, DossierKeys.EVERY_PENDING_EFFECTS, keys -> {
                move(keys.stream().map(KeyScan::tag).toList());
                moved[0] += keys.size();
            });
            if (moved[0] > 0) log.info("Moved the pending effects of {} dossier(s) found at start", moved[0]);
        } catch (RuntimeException e) {
            if (!RedisOutage.isOutage(e)) throw e;
            log.warn("Pending dossier effects not looked for at start: Redis is away; the index's sweep covers every change stored from now");
        }
    }

    @Scheduled(fixedDelayString = "${dossiers.effects-sweep-every:PT5M}", initialDelayString = "${dossiers.effects-sweep-every:PT5M}")
    void sweep() {
        try {
            double before = clock.millis() - SWEEP_AFTER.toMillis();
            while (true) {
                Set<TypedTuple<String>> page = redis.opsForZSet().rangeByScoreWithScores(DossierKeys.PENDING_EFFECTS_INDEX,
                        Double.NEGATIVE_INFINITY, before, 0, PAGE);
                if (page == null || page.isEmpty()) return;
                move(page.stream().map(TypedTuple::getValue).toList());
                List<String> read = new ArrayList<>();
                page.forEach(entry -> {
                    read.add(entry.getValue());
                    read.add(String.valueOf(entry.getScore().longValue()));
                });
                Long dropped = redis.execute(FORGET, List.of(DossierKeys.PENDING_EFFECTS_INDEX), read.toArray());
                // A full page of entries all renewed meanwhile would be read again: stop, the next pass takes them.
                if (page.size() < PAGE || dropped == null || dropped == 0) return;
            }
        } catch (RuntimeException e) {
            if (!RedisOutage.isOutage(e)) throw e;
            log.debug("Pending dossier effects not swept: Redis is away");
        }
    }
}
