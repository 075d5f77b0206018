package vn.gov.ward.assistant.dossier.internal;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Repository;

import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.redis.KeyScan;

/** Dossiers taken out of the store with their index entries: demo data laid out anew, the retention pass. */
@Repository
public class DossierDeletions {

    private final StringRedisTemplate redis;
    private final DossierStore store;

    public DossierDeletions(StringRedisTemplate redis, DossierStore store) {
        this.redis = redis;
        this.store = store;
    }

    /** Removes a dossier and its index entries. */
    public void delete(String code) {
        store.find(code).ifPresent(this::delete);
    }

    /**
     * Deletes every dossier that matches, with its index entries, reading all dossiers once in batches (SCAN,
     * then pipelined reads): for a daily pass, not for requests.
     *
     * @return how many were deleted
     */
    public int deleteAll(Predicate<Dossier> which) {
        int[] deleted = {0};
        KeyScan.inBatches(redis, DossierKeys.EVERY_DOSSIER,
                keys -> deleted[0] += deleteMatching(keys.stream().map(KeyScan::tag).toList(), which));
        return deleted[0];
    }

    private int deleteMatching(List<String> codes, Predicate<Dossier> which) {
        int deleted = 0;
        for (Dossier d : store.findAll(codes).values()) {
            if (which.test(d)) {
                delete(d);
                deleted++;
            }
        }
        return deleted;
    }

    /** The index entries first: a pass stopped half-way leaves the dossier, never an index naming a missing one. */
    private void delete(Dossier d) {
        String code = d.code();
        redis.opsForZSet().remove(DossierKeys.OPEN_BY_DEADLINE, code);
        redis.opsForZSet().remove(DossierKeys.openOfOfficer(d.officerId()), code);
        redis.opsForZSet().remove(DossierKeys.BY_RECEIVED, code);
        redis.opsForZSet().remove(DossierKeys.BY_FINISHED, code);
        redis.opsForSet().remove(store.ofApplicant(d.applicant().phone()), code);
        if (d.applicant().zaloUserId() != null) redis.opsForSet().remove(DossierKeys.ofZaloUser(d.applicant().zaloUserId()), code);
        redis.delete(DossierKeys.dossier(code));
    }
}
