package vn.gov.ward.assistant.dossier.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierBusy;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.dossier.DossierStatusChanged;

/**
 * Dossiers in Redis ({@link DossierKeys}), laid out for what is asked of them: the dossier itself,
 * open dossiers by appointment (so "due before T" is one range read at any size), the same per
 * officer, every dossier by receipt and by outcome (a report's period is two range reads), and codes by
 * applicant phone and by Zalo user. A dossier is written by a compare-and-set script on its own slot, with
 * the effects of a status change; the indexes are derived, idempotent and updated after.
 */
@Repository
public class DossierStore {

    private static final int MAX_ATTEMPTS = 20;
    private static final int READ_BATCH = 500;
    private static final String ABSENT = "absent";
    private static final String EQUAL = "equal";
    private static final String ANY = "any";
    // Writes the dossier if it is still as read (ARGV[1]: absent, equal to ARGV[2], or any) and keeps its status change.
    private static final RedisScript<Long> WRITE = RedisScript.of("""
            local stored = redis.call('GET', KEYS[1])
            if (ARGV[1] == 'absent' and stored) or (ARGV[1] == 'equal' and stored ~= ARGV[2]) then return 0 end
            redis.call('SET', KEYS[1], ARGV[3])
            if ARGV[4] ~= '' then redis.call('RPUSH', KEYS[2], ARGV[4]) end
            return 1""", Long.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final PhoneDigests phones;
    private final PendingEffects effects;

    public DossierStore(StringRedisTemplate redis, JsonMapper json, PhoneDigests phones, PendingEffects effects) {
        this.redis = redis;
        this.json = json;
        this.phones = phones;
        this.effects = effects;
    }

    public Optional<Dossier> find(String code) {
        return Optional.ofNullable(redis.opsForValue().get(DossierKeys.dossier(code))).map(this::read);
    }

    /**
     * Reads the dossier, applies {@code change} and writes the result if it differs, retrying (after a short,
     * random wait) when another writer got there first. A new status is written with its effects in the same
     * step ({@link PendingEffects}): the effects stream gets the change, for {@link DossierEffects} to carry out. The change
     * returns the new dossier, or the same one for "no change".
     *
     * @throws DossierBusy when others kept changing the dossier through every attempt
     */
    public Dossier update(String code, Function<Optional<Dossier>, Dossier> change) {
        String key = DossierKeys.dossier(code);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (attempt > 0) pause(attempt);
            String stored = redis.opsForValue().get(key);
            Optional<Dossier> before = Optional.ofNullable(stored).map(this::read);
            Dossier after = change.apply(before);
            if (before.isPresent() && before.get().equals(after)) return after;
            DossierStatus previous = before.map(Dossier::status).orElse(null);
            String effect = after.status() != previous ? effects.entry(new DossierStatusChanged(after, previous)) : "";
            if (!effect.isEmpty()) effects.index(List.of(code));
            Long written = redis.execute(WRITE, List.of(key, DossierKeys.pendingEffects(code)),
                    stored == null ? ABSENT : EQUAL, stored == null ? "" : stored, write(after), effect);
            if (written != null && written == 1) {
                if (!effect.isEmpty()) effects.move(code);
                reindex(before.orElse(null), after);
                return after;
            }
        }
        throw new DossierBusy(code);
    }

    /** A few milliseconds, more with each attempt and never the same for two writers, so they stop colliding. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Many dossiers by code in pipelined reads of {@link #READ_BATCH}; absent codes are left out. The last read of a
     * pipeline waits for all before it: a year's report read 26,000 in one, and on a busy machine its last reads went
     * past the 1 s command timeout.
     */
    public Map<String, Dossier> findAll(Collection<String> codes) {
        List<String> ordered = List.copyOf(codes);
        Map<String, Dossier> found = new HashMap<>();
        for (int from = 0; from < ordered.size(); from += READ_BATCH) {
            List<String> batch = ordered.subList(from, Math.min(ordered.size(), from + READ_BATCH));
            List<Object> values = redis.executePipelined(new SessionCallback<Object>() {
                @Override
                @SuppressWarnings({"unchecked", "rawtypes"})
                public Object execute(RedisOperations ops) throws DataAccessException {
                    batch.forEach(code -> ops.opsForValue().get(DossierKeys.dossier(code)));
                    return null;
                }
            });
            for (int i = 0; i < batch.size(); i++) {
                if (values.get(i) != null) found.put(batch.get(i), read((String) values.get(i)));
            }
        }
        return found;
    }

    /**
     * Writes many dossiers (the CSV import), sent as one pipelined batch: each with the effects of its status move,
     * if any, in one step on its slot, then the index entries (after the dossiers, as {@link #update} does; {@code
     * stored} is what {@link #findAll} read before, so stale entries are removed). Not checked against a concurrent
     * single update of the same dossier.
     */
    public void saveAll(List<Dossier> dossiers, Map<String, Dossier> stored, List<DossierStatusChanged> moved) {
        if (dossiers.isEmpty()) return;
        Map<String, String> effectOf = new HashMap<>();
        moved.forEach(change -> effectOf.put(change.dossier().code(), effects.entry(change)));
        effects.index(effectOf.keySet());
        redis.executePipelined(new SessionCallback<Object>() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object execute(RedisOperations ops) throws DataAccessException {
                for (Dossier d : dossiers) {
                    String effect = effectOf.get(d.code());
                    // The script only where a status change goes with the dossier: a bulk import's plain writes stay plain SETs.
                    if (effect == null) ops.opsForValue().set(DossierKeys.dossier(d.code()), write(d));
                    else ops.execute(WRITE, List.of(DossierKeys.dossier(d.code()), DossierKeys.pendingEffects(d.code())), ANY, "", write(d), effect);
                }
                dossiers.forEach(d -> indexCommands(ops, stored.get(d.code()), d));
                return null;
            }
        });
        effects.move(effectOf.keySet());
    }

    /** Open dossiers whose appointment is before {@code t}, earliest first. */
    public List<Due> openDueBefore(Instant t, long limit) {
        return due(redis.opsForZSet().rangeByScoreWithScores(DossierKeys.OPEN_BY_DEADLINE, Double.NEGATIVE_INFINITY, t.toEpochMilli(), 0, limit));
    }

    /** Open dossiers whose appointment falls in (from, to], earliest first: what newly fell due. */
    public List<Due> openDueBetween(Instant from, Instant to) {
        return due(redis.opsForZSet().rangeByScoreWithScores(DossierKeys.OPEN_BY_DEADLINE, from.toEpochMilli() + 1, to.toEpochMilli()));
    }

    /** The open dossier codes of many officers, read in one pipelined round trip. */
    @SuppressWarnings("unchecked")
    public List<String> openCodesOf(Collection<String> officerIds) {
        List<String> ids = List.copyOf(officerIds);
        List<Object> replies = redis.executePipelined(new SessionCallback<Object>() {
            @Override
            @SuppressWarnings({"rawtypes"})
            public Object execute(RedisOperations ops) throws DataAccessException {
                ids.forEach(id -> ops.opsForZSet().range(DossierKeys.openOfOfficer(id), 0, -1));
                return null;
            }
        });
        List<String> codes = new ArrayList<>();
        for (Object reply : replies) if (reply != null) codes.addAll((Collection<String>) reply);
        return codes;
    }

    public Set<String> codesOfApplicantPhone(String phone) {
        return redis.opsForSet().members(ofApplicant(phone));
    }

    public Set<String> codesOfZaloUser(String zaloUserId) {
        return redis.opsForSet().members(DossierKeys.ofZaloUser(zaloUserId));
    }

    /** A dossier code with its appointment time. */
    public record Due(String code, Instant appointmentAt) {
    }

    private static List<Due> due(Set<ZSetOperations.TypedTuple<String>> tuples) {
        List<Due> result = new ArrayList<>();
        if (tuples == null) return result;
        for (ZSetOperations.TypedTuple<String> t : tuples) {
            result.add(new Due(t.getValue(), Instant.ofEpochMilli(Objects.requireNonNull(t.getScore()).longValue())));
        }
        return result;
    }

    /** Codes of the dossiers received in [from, to). */
    public Set<String> receivedBetween(Instant from, Instant to) {
        return codesScored(DossierKeys.BY_RECEIVED, from, to);
    }

    /** Codes of the dossiers that reached their outcome in [from, to). */
    public Set<String> finishedBetween(Instant from, Instant to) {
        return codesScored(DossierKeys.BY_FINISHED, from, to);
    }

    /** Codes of every open dossier. */
    public Set<String> openCodes() {
        Set<String> codes = redis.opsForZSet().range(DossierKeys.OPEN_BY_DEADLINE, 0, -1);
        return codes == null ? Set.of() : codes;
    }

    private Set<String> codesScored(String index, Instant from, Instant to) {
        Set<String> codes = redis.opsForZSet().rangeByScore(index, from.toEpochMilli(), to.toEpochMilli() - 1);
        return codes == null ? Set.of() : codes;
    }

    private void reindex(Dossier before, Dossier after) {
        redis.executePipelined(new SessionCallback<Object>() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object execute(RedisOperations ops) throws DataAccessException {
                indexCommands(ops, before, after);
                return null;
            }
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void indexCommands(RedisOperations ops, Dossier before, Dossier after) {
        String code = after.code();
        if (before != null && !before.officerId().equals(after.officerId())) ops.opsForZSet().remove(DossierKeys.openOfOfficer(before.officerId()), code);
        if (before != null && !before.applicant().phone().equals(after.applicant().phone())) {
            ops.opsForSet().remove(ofApplicant(before.applicant().phone()), code);
        }
        ops.opsForZSet().add(DossierKeys.BY_RECEIVED, code, after.receivedAt().toEpochMilli());
        Instant finished = after.finishedAt();
        if (finished != null) ops.opsForZSet().add(DossierKeys.BY_FINISHED, code, finished.toEpochMilli());
        else ops.opsForZSet().remove(DossierKeys.BY_FINISHED, code);
        if (after.status().isClosed()) {
            ops.opsForZSet().remove(DossierKeys.OPEN_BY_DEADLINE, code);
            ops.opsForZSet().remove(DossierKeys.openOfOfficer(after.officerId()), code);
        } else {
            double deadline = after.appointmentAt().toEpochMilli();
            ops.opsForZSet().add(DossierKeys.OPEN_BY_DEADLINE, code, deadline);
            ops.opsForZSet().add(DossierKeys.openOfOfficer(after.officerId()), code, deadline);
        }
        ops.opsForSet().add(ofApplicant(after.applicant().phone()), code);
        if (after.applicant().zaloUserId() != null) ops.opsForSet().add(DossierKeys.ofZaloUser(after.applicant().zaloUserId()), code);
    }

    /** The set of codes filed under this applicant phone (its digest in the key name). */
    String ofApplicant(String phone) {
        return DossierKeys.ofApplicant(phones.of(phone));
    }

    private Dossier read(String text) {
        return json.readValue(text, Dossier.class);
    }

    private String write(Dossier dossier) {
        return json.writeValueAsString(dossier);
    }
}
