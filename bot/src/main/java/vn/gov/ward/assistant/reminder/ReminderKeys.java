package vn.gov.ward.assistant.reminder;

import java.time.Duration;

/** The reminder module's Redis keys; a dossier's carry its code as hash tag, each is used on its own. */
final class ReminderKeys {

    /** When the last reminder pass ran: the next one plans what became due since. */
    static final String LAST_PASS = "reminders:last-pass";
    /** The lock registry's prefix for the one pass at a time across instances. */
    static final String PASS_LOCKS = "reminder-locks";
    static final Duration PENDING_KEPT = Duration.ofDays(30);
    static final Duration ACKNOWLEDGEMENT_KEPT = Duration.ofDays(90);
    /** Longer than the working day a morning message covers. */
    static final Duration MORNING_KEPT = Duration.ofDays(2);

    private ReminderKeys() {
    }

    /** Hash: the dossier's queued reminders (outbox id → kind), withdrawn when they no longer apply. */
    static String pending(String dossierCode) {
        return "reminders:pending:{" + dossierCode + "}";
    }

    /** "Đã nhận": the appointment the officer acknowledged. */
    static String acknowledged(String dossierCode) {
        return "reminders:ack:{" + dossierCode + "}";
    }

    /** What the officer's morning message listed, and when (its day, time and dossier codes). */
    static String morning(String officerId) {
        return "reminders:morning:{" + officerId + "}";
    }
}
