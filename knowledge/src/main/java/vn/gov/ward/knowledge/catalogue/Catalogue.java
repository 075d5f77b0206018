package vn.gov.ward.knowledge.catalogue;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ward's procedures, by code. Immutable. */
public final class Catalogue {

    private final Map<String, Procedure> byCode = new LinkedHashMap<>();

    public Catalogue(Collection<Procedure> procedures) {
        for (Procedure p : procedures) {
            if (byCode.putIfAbsent(p.code(), p) != null) {
                throw new IllegalArgumentException("Two procedures share the code " + p.code());
            }
        }
    }

    public Optional<Procedure> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<Procedure> procedures() {
        return List.copyOf(byCode.values());
    }

    public int size() {
        return byCode.size();
    }
}
