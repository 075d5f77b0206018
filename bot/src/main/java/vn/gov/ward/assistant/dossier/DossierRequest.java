package vn.gov.ward.assistant.dossier;

/**
 * A dossier as the one-stop system sends it (JSON body of PUT, or a CSV row). Every field is read as
 * text and checked by {@link IntakeValidator}, so each problem is reported against its field.
 *
 * @param receivedAt    ISO-8601, with an offset or in the ward's time zone
 * @param appointmentAt optional: computed from the procedure's processing time when absent
 * @param submission    optional: {@code IN_PERSON}, {@code ONLINE} or {@code POSTAL}
 */
record DossierRequest(
        String procedureCode,
        String applicantName,
        String applicantPhone,
        String zaloUserId,
        String officerId,
        String receivedAt,
        String appointmentAt,
        String status,
        String submission) {
}
