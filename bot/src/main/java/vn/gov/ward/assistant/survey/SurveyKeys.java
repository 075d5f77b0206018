package vn.gov.ward.assistant.survey;

import java.time.Duration;

/** The survey module's Redis keys; a dossier's carry its code as hash tag, each is used on its own. */
final class SurveyKeys {

    /** Sorted set: returned dossiers by return time, for the figures. */
    static final String RETURNED = "surveys:returned";
    /** Sorted set: ratings of 1–2 no leader has marked handled, by rating time (the leader's digest lists them). */
    static final String LOW_RATINGS = "ratings:low";
    /** Sorted set: surveys by the time of their one reminder. */
    static final String REMINDERS = "surveys:reminders";
    /** The rating links' secret when none is configured: one for every instance, kept with the data. */
    static final String LINK_SECRET = "survey:link-secret";
    /** Up to when the returned dossiers' surveys were stripped of what is personal (the retention pass). */
    static final String ANONYMISED_UNTIL = "surveys:anonymised-until";
    static final Duration TRACKING_KEPT = Duration.ofDays(60);
    static final Duration COMMENT_WINDOW = Duration.ofMinutes(10);

    private SurveyKeys() {
    }

    /** Hash: the surveyed conversation and the return time. */
    static String survey(String code) {
        return "survey:{" + code + "}";
    }

    /** The rating as JSON, written once. */
    static String rating(String code) {
        return "rating:{" + code + "}";
    }

    /** A ZNS tracking id → the dossier it asked about. */
    static String tracking(String trackingId) {
        return "survey:tracking:{" + trackingId + "}";
    }

    /** The dossier whose comment the conversation's next message is. */
    static String awaitedComment(String conversationId) {
        return "survey:awaiting-comment:{" + conversationId + "}";
    }
}
