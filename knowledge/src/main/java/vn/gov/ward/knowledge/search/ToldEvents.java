package vn.gov.ward.knowledge.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The life events a question tells ({@link LifeEvents}), kept when they happened: what they lead to, what they rule
 * out, and the words and actions they were told in.
 */
record ToldEvents(List<ToldEvents.Told> events) {

    /**
     * A life event the question tells, the syllables it was told in, and the actions its own words say ("đóng cửa" of
     * "tiệm … đóng cửa 2 tháng", which tells a pause).
     */
    record Told(LifeEvent event, Set<String> words, Set<Actions.Action> actionsSaid) {
    }

    static ToldEvents of(ParsedQuestion parsed, LifeEvents events, Actions actions) {
        List<Told> told = new ArrayList<>();
        List<LifeEvents.Told> found = events.in(parsed.tokens());
        for (LifeEvents.Told t : found) {
            // An event told inside the words of another is part of it: "đang nhận trợ cấp xã hội …, vừa mất" tells a
            // beneficiary's death, whose "vừa mất" is no separate death of a relative.
            if (found.stream().anyMatch(o -> o != t && o.start() <= t.start() && t.end() <= o.end() && o.end() - o.start() > t.end() - t.start())) continue;
            // "Không phải chú làm mất giấy khai sinh mà là chưa bao giờ có": what is denied did not happen. What is told
            // wholly in a paper the citizen holds is no news; told beside what is wrong in it, it is ("phần tên cha để trống").
            if (IntStream.range(t.start(), t.end()).anyMatch(parsed.deniedTokens()::contains)
                    || IntStream.range(t.start(), t.end()).allMatch(parsed.unaskedTokens()::contains)) continue;
            Set<String> words = new HashSet<>();
            for (int i = t.start(); i < t.end(); i++) words.add(parsed.tokens().get(i).folded());
            told.add(new Told(t.event(), words, actions.ofQuestion(parsed.tokens(), t.start(), t.end(), parsed.unaskedTokens(), parsed.clauseStarts())));
        }
        return new ToldEvents(List.copyOf(told));
    }

    /** How far down the list of a life event told this procedure comes (0 first); {@link Integer#MAX_VALUE} when none leads to it. */
    int rank(String code) {
        int best = Integer.MAX_VALUE;
        for (Told t : events) {
            int at = t.event().procedures().indexOf(code);
            if (at >= 0 && !toldMoreParticularly(t, code)) best = Math.min(best, at);
        }
        return best;
    }

    /**
     * Whether another event told with this one leads to the procedure and only to procedures this one leads to: it is
     * the particular case ("đang nhận trợ cấp xã hội …, vừa mất" beside "lo hậu sự") and says how far down it comes.
     */
    private boolean toldMoreParticularly(Told general, String code) {
        List<String> leadsTo = general.event().procedures();
        return events.stream().anyMatch(o -> o != general && o.event().procedures().contains(code)
                && o.event().procedures().size() < leadsTo.size() && leadsTo.containsAll(o.event().procedures()));
    }

    /** Whether a life event told leads to this procedure. */
    boolean leadTo(String code) {
        return rank(code) != Integer.MAX_VALUE;
    }

    /**
     * The actions said only in the words of a life event told that leads to this procedure and that it does not do: the
     * event says what they mean ("tiệm … đóng cửa 2 tháng" is a pause, not a closing).
     */
    Set<Actions.Action> actionsSaidFor(String code, Set<Actions.Action> itDoes) {
        Set<Actions.Action> said = EnumSet.noneOf(Actions.Action.class);
        for (Told t : events) {
            if (t.event().procedures().contains(code)) t.actionsSaid().stream().filter(a -> !itDoes.contains(a)).forEach(said::add);
        }
        return said;
    }

    /** What the life events told that lead to this procedure rule out. */
    Set<String> ruledOutBesides(String code) {
        Set<String> out = new HashSet<>();
        for (Told t : events) {
            if (t.event().procedures().contains(code)) out.addAll(t.event().rulesOut());
        }
        return out;
    }

    /** Whether a life event told shows this procedure is not what is needed. */
    boolean ruleOut(String code) {
        for (Told t : events) {
            if (t.event().rulesOut().contains(code)) return true;
        }
        return false;
    }

    /** Whether the word was said telling a life event that leads to this procedure. */
    boolean toldFor(String code, String word) {
        for (Told t : events) {
            if (t.words().contains(word) && t.event().procedures().contains(code)) return true;
        }
        return false;
    }
}
