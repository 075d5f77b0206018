package vn.gov.ward.assistant.reminder;

/** What a reminder is about; with the dossier (or officer) and the period it names one message. */
enum ReminderKind {
    /** Before the appointment (each configured offset once). */
    DUE_SOON,
    /** When the appointment passes, then once a working day. */
    OVERDUE,
    /** To the leader, once a dossier is late by more than the configured working time. */
    ESCALATION,
    /** The morning list: due today, overdue, waiting for the citizen's documents. */
    DIGEST
}
