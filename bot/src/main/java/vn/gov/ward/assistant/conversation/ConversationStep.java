package vn.gov.ward.assistant.conversation;

/**
 * One step of the conversation pipeline: a feature that may take a citizen's message. The engine asks
 * the steps in the order of their {@link Stage}; the first that does not {@link Outcome.Pass pass}
 * ends the turn. Adding a step is a class implementing this and, where it goes, a constant in {@link Stage}.
 */
public interface ConversationStep {

    /** Where the step stands in the pipeline. */
    Stage stage();

    Outcome take(Turn turn);

    /** The pipeline's order, first asked first. */
    enum Stage {
        /** A citizen in a hand-off talks to the officer, whatever they send; "gặp cán bộ" starts one. */
        HAND_OFF,
        /** The assistant's own buttons about procedures, help, and an empty message. */
        BUTTONS,
        /** Answers to a satisfaction survey: a score, what mattered, a comment. */
        SURVEY,
        /** "Phản ánh …", "kiến nghị …", "góp ý …" open a ticket. */
        FEEDBACK,
        /** A dossier code, or the check digits it waits for. */
        DOSSIER_LOOKUP,
        /** "2" after the choices of an ambiguous question. */
        CHOICE,
        /** "Dừng thông báo", "bật thông báo". */
        NOTIFICATIONS,
        /** Greetings, thanks, "ok", goodbyes and requests for help. */
        COURTESY,
        /** "Có làm thứ 7 không": the office's hours. */
        OFFICE_HOURS,
        /** A message in English: a short note in both languages. */
        OTHER_LANGUAGE,
        /** "Phí bao nhiêu" about the procedure just discussed. */
        FOLLOW_UP,
        /** Anything else is a question about a procedure: answered, clarified or declined. */
        SEARCH
    }
}
