package vn.gov.ward.knowledge.ward;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ward's own layer over the national catalogue: who and where the office is, the fields it does
 * not handle, and per-procedure additions (the words citizens use, corrections).
 */
public record WardProfile(Office office, Set<String> disabledFields, Map<String, ProcedureOverride> procedures) {

    public WardProfile {
        disabledFields = disabledFields == null ? Set.of() : Set.copyOf(disabledFields);
        procedures = procedures == null ? Map.of() : Map.copyOf(procedures);
    }

    /** A profile with no ward additions, for tools that only need the national catalogue. */
    public static WardProfile none() {
        return new WardProfile(new Office("Bộ phận Một cửa", null, null, null, null), Set.of(), Map.of());
    }

    /** This profile with phrases added to procedures' keywords (the ward's console adds them while it runs). */
    public WardProfile withKeywords(Map<String, List<String>> added) {
        Map<String, ProcedureOverride> merged = new HashMap<>(procedures);
        added.forEach((code, phrases) -> {
            ProcedureOverride was = override(code);
            List<String> keywords = new ArrayList<>(was.keywords());
            phrases.stream().filter(k -> !keywords.contains(k)).forEach(keywords::add);
            merged.put(code, new ProcedureOverride(keywords, was.processingTime(), was.reviewed(), was.fee(), was.feeDecision(), was.note()));
        });
        return new WardProfile(office, disabledFields, merged);
    }

    public ProcedureOverride override(String code) {
        return procedures.getOrDefault(code, ProcedureOverride.NONE);
    }

    /**
     * @param onlineSubmissionUrl where the ward's citizens submit online (the province's portal)
     */
    public record Office(String name, String address, String phone, String hours, String onlineSubmissionUrl) {
    }

    /**
     * @param keywords       words and phrases citizens use for this procedure
     * @param processingTime a corrected processing time with its unit ("1 ngày làm việc")
     * @param reviewed       a person checked this record; it leaves quarantine even if it looks like a copy
     * @param fee            what the ward charges under a local decision ("15.000 đồng/lần"), over the portal's
     * @param feeDecision    that decision ("Nghị quyết số 05/2025/NQ-HĐND tỉnh")
     * @param note           one line the ward adds to the answer ("Nhận hồ sơ cả sáng thứ Bảy")
     */
    public record ProcedureOverride(List<String> keywords, String processingTime, Boolean reviewed, String fee, String feeDecision,
                                    String note) {
        static final ProcedureOverride NONE = new ProcedureOverride(List.of(), null, false);

        public ProcedureOverride {
            keywords = keywords == null ? List.of() : List.copyOf(keywords);
            reviewed = Boolean.TRUE.equals(reviewed);
        }

        public ProcedureOverride(List<String> keywords, String processingTime, Boolean reviewed) {
            this(keywords, processingTime, reviewed, null, null, null);
        }
    }

    /** This profile with a procedure's own time, fee and note set (the ward's console); null fields keep the file's. */
    public WardProfile withDetails(String code, String processingTime, String fee, String feeDecision, String note) {
        Map<String, ProcedureOverride> merged = new HashMap<>(procedures);
        ProcedureOverride was = override(code);
        merged.put(code, new ProcedureOverride(was.keywords(), processingTime != null ? processingTime : was.processingTime(), was.reviewed(),
                fee != null ? fee : was.fee(), feeDecision != null ? feeDecision : was.feeDecision(), note != null ? note : was.note()));
        return new WardProfile(office, disabledFields, merged);
    }
}
