package vn.gov.ward.knowledge.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** Ways of submitting a dossier, with the portal's wording. */
public enum SubmissionChannel {
    IN_PERSON("Trực tiếp"),
    ONLINE("Trực tuyến"),
    POST("Dịch vụ bưu chính");

    private final String label;

    SubmissionChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<SubmissionChannel> fromLabel(String text) {
        String trimmed = text.strip();
        return Arrays.stream(values()).filter(c -> c.label.equalsIgnoreCase(trimmed)).findFirst();
    }
}
