package vn.gov.ward.assistant.support;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;

import vn.gov.ward.assistant.dossier.DossierStatusChanged;

/**
 * A listener of status changes as they are carried out (on the dossier effects' worker, not the test's thread):
 * it keeps what it heard, and fails once for the dossiers a test names, as a listener whose Redis or channel fails.
 */
public class StatusChanges {

    private final List<DossierStatusChanged> heard = new CopyOnWriteArrayList<>();
    private final Set<String> failNext = ConcurrentHashMap.newKeySet();

    public void failOnce(String dossierCode) {
        failNext.add(dossierCode);
    }

    /** The changes of the dossiers named, in the order heard. */
    public List<DossierStatusChanged> of(String... dossierCodes) {
        Set<String> codes = Set.of(dossierCodes);
        return heard.stream().filter(c -> codes.contains(c.dossier().code())).toList();
    }

    @EventListener
    void statusChanged(DossierStatusChanged change) {
        if (failNext.remove(change.dossier().code())) throw new IllegalStateException("a listener of " + change.dossier().code() + " failed");
        heard.add(change);
    }
}
