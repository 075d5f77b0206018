package vn.gov.ward.knowledge.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** Ways of submitting a dossier, with the portal's wording. */
public enum SubmissionChannel {
    IN_PERSON("Trực tiếp", "trực tiếp"),
    ONLINE("Trực tuyến", "trực tuyến"),
    POST("Dịch vụ bưu chính", "qua bưu chính");

    private final String label;
    private final String inWords;

    SubmissionChannel(String label, String inWords) {
        this.label = label;
        this.inWords = inWords;
    }

    public String label() {
        return label;
    }

    /** As a citizen says it in a sentence: "trực tiếp", "trực tuyến", "qua bưu chính". */
    public String inWords() {
        return inWords;
    }

    public static Optional<SubmissionChannel> fromLabel(String text) {
        String trimmed = text.strip();
        return Arrays.stream(values()).filter(c -> c.label.equalsIgnoreCase(trimmed)).findFirst();
    }
}
