package vn.gov.ward.assistant.dossier.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations;
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
 * applicant phone and by Zalo user. A dossier is written with an optimistic transaction on its own key, with
 * the effects of a status change; the indexes are derived, idempotent and updated after.
 */
@Repository
public class DossierStore {

    private static final int MAX_ATTEMPTS = 20;

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final PhoneDigests phones;

    public DossierStore(StringRedisTemplate redis, JsonMapper json, PhoneDigests phones) {
        this.redis = redis;
        this.json = json;
        this.phones = phones;
    }

    public Optional<Dossier> find(String code) {
        return Optional.ofNullable(redis.opsForValue().get(DossierKeys.dossier(code))).map(this::read);
    }

    /**
     * Reads the dossier, applies {@code change} and writes the result if it differs, retrying (after a short,
     * random wait) when another writer got there first. A new status is written with its effects in the same
     * transaction: the effects stream gets the change, for {@link DossierEffects} to carry out. The change
     * returns the new dossier, or the same one for "no change".
     *
     * @throws DossierBusy when others kept changing the dossier through every attempt
     */
    public Dossier update(String code, Function<Optional<Dossier>, Dossier> change) {
        String key = DossierKeys.dossier(code);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (attempt > 0) pause(attempt);
            Written written = redis.execute(new SessionCallback<>() {
                @Override
                @SuppressWarnings({"unchecked", "rawtypes"})
                public Written execute(RedisOperations ops) throws DataAccessException {
                    ops.watch(key);
                    String stored = (String) ops.opsForValue().get(key);
                    Optional<Dossier> before = Optional.ofNullable(stored).map(DossierStore.this::read);
                    Dossier after = change.apply(before);
                    if (before.isPresent() && before.get().equals(after)) {
                        ops.unwatch();
                        return new Written(before.get(), after, false);
                    }
                    ops.multi();
                    ops.opsForValue().set(key, write(after));
                    DossierStatus previous = before.map(Dossier::status).orElse(null);
                    if (after.status() != previous) recordEffects(ops, new DossierStatusChanged(after, previous));
                    List<Object> result = ops.exec();
                    return result == null || result.isEmpty() ? null : new Written(before.orElse(null), after, true);
                }
            });
            if (written != null) {
                if (written.changed()) reindex(written.before(), written.after());
                return written.after();
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void recordEffects(RedisOperations ops, DossierStatusChanged change) {
        ops.opsForStream().add(StreamRecords.newRecord().in(DossierKeys.EFFECTS).ofMap(Map.of(
                DossierEffects.DOSSIER, write(change.dossier()),
                DossierEffects.PREVIOUS, change.previous() == null ? "" : change.previous().name())));
    }

    private record Written(Dossier before, Dossier after, boolean changed) {
    }

    /** Many dossiers by code in one pipelined read; absent codes are left out. */
    public Map<String, Dossier> findAll(Collection<String> codes) {
        List<String> ordered = List.copyOf(codes);
        List<Object> values = redis.executePipelined(new SessionCallback<Object>() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object execute(RedisOperations ops) throws DataAccessException {
                ordered.forEach(code -> ops.opsForValue().get(DossierKeys.dossier(code)));
                return null;
            }
        });
        Map<String, Dossier> found = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (values.get(i) != null) found.put(ordered.get(i), read((String) values.get(i)));
        }
        return found;
    }

    /**
     * Writes many dossiers in one transaction (the CSV import), sent as one pipelined batch, with the effects
     * of the ones whose status moved; {@code stored} is what {@link #findAll} read before, so stale index
     * entries are removed. Not checked against a concurrent single update of the same dossier.
     */
    public void saveAll(List<Dossier> dossiers, Map<String, Dossier> stored, List<DossierStatusChanged> moved) {
        if (dossiers.isEmpty()) return;
        Map<Dossier, Dossier> changed = new LinkedHashMap<>();
        dossiers.forEach(d -> changed.put(d, stored.get(d.code())));
        redis.executePipelined(new SessionCallback<Object>() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object execute(RedisOperations ops) throws DataAccessException {
                ops.multi();
                changed.forEach((after, before) -> {
                    ops.opsForValue().set(DossierKeys.dossier(after.code()), write(after));
                    indexCommands(ops, before, after);
                });
                moved.forEach(change -> recordEffects(ops, change));
                ops.exec();
                return null;
            }
        });
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
