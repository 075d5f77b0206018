package vn.gov.ward.assistant.upkeep;

import java.time.Instant;
import java.util.List;

/**
 * A question citizens asked that the assistant could not answer well, personal numbers masked, counted over
 * every time it was asked (same words, tone marks and case aside).
 *
 * @param offered the procedures offered as choices the last time, most likely first
 */
public record UnansweredQuestion(String id, String text, long times, String how, Instant lastAsked, List<String> offered) {

    public UnansweredQuestion {
        offered = offered == null ? List.of() : List.copyOf(offered);
    }

    UnansweredQuestion counted(long times) {
        return new UnansweredQuestion(id, text, times, how, lastAsked, offered);
    }
}
