package vn.gov.ward.knowledge.search;

import java.util.Locale;

/** What the assistant should do with a search's results. */
public enum Decision {
    /** One clear winner: answer with it. */
    ANSWER,
    /** Close scores, or several procedures asked at once: offer the top two to four as choices. */
    CLARIFY,
    /** Another agency's service the ward does not handle: say who does and where (a {@link Referral}). */
    REFER,
    /** Nothing relevant: say so and offer the office's phone, never a confident wrong answer. */
    DECLINE;

    /** "answer", "clarify", "decline": the wire form. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
