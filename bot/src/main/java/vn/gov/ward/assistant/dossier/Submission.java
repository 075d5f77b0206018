package vn.gov.ward.assistant.dossier;

/** How the citizen submitted the dossier: the plan counts the share submitted online. */
public enum Submission {
    IN_PERSON("Trực tiếp"), ONLINE("Trực tuyến"), POSTAL("Qua bưu chính");

    private final String label;

    Submission(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
