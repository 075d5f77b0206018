package vn.gov.ward.assistant.reminder;

/** What a reminder is about; with the dossier (or officer) and the period it names one message. */
enum ReminderKind {
    /** Before the appointment (each configured offset once), unless the morning plan already said it. */
    DUE_SOON,
    /** When the appointment passes (the morning plan repeats it once a working day). */
    OVERDUE,
    /** To the leader, once a dossier is late by more than the configured working time. */
    ESCALATION,
    /** The morning plan: overdue, due today and the next working day, waiting for the citizen; a leader's leads with the unit. */
    DIGEST
}
