package vn.gov.ward.assistant.dossier.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
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
 * (5 minutes). A change moved twice (a writer and the sweep at once) is carried out twice: the listeners are
 * idempotent.
 */
@Component
class PendingEffects {

    private static final Logger log = LoggerFactory.getLogger(PendingEffects.class);
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
    };

    private final StringRedisTemplate redis;
    private final JsonMapper json;

    PendingEffects(StringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
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

    @Scheduled(fixedDelayString = "${dossiers.effects-sweep-every:PT5M}", initialDelayString = "${dossiers.effects-sweep-every:PT5M}")
    void sweep() {
        try {
            KeyScan.inBatches(redis, DossierKeys.EVERY_PENDING_EFFECTS, keys -> move(keys.stream().map(KeyScan::tag).toList()));
        } catch (RuntimeException e) {
            if (!RedisOutage.isOutage(e)) throw e;
            log.debug("Pending dossier effects not swept: Redis is away");
        }
    }
}
