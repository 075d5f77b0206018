package vn.gov.ward.assistant.officer;

/** The officer module's Redis keys; each is read or written on its own (no multi-key command). */
final class OfficerKeys {

    /** Set: every officer id. */
    static final String ALL = "officers";
    /** Sorted set: officers' answers to citizens not known sent yet ("outboxId officerId reference"), by when queued. */
    static final String RECEIPTS = "officers:answer-receipts";

    private OfficerKeys() {
    }

    /** The officer as JSON (shares the tag of the officer's open dossiers in the dossier module). */
    static String officer(String id) {
        return "officer:{" + id + "}";
    }

    /** A linked Telegram chat → its officer id. */
    static String ofChat(long chatId) {
        return "officer:chat:" + chatId;
    }

    /** A Telegram link code → the officer id and its expiry; consumed with GETDEL. */
    static String linkCode(String code) {
        return "officer:link-code:{" + code + "}";
    }
}
