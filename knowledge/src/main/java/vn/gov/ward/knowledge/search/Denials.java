package vn.gov.ward.knowledge.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.gov.ward.knowledge.search.Lexicon.NegationCue;
import vn.gov.ward.knowledge.search.ParsedQuestion.Denial;
import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/**
 * What a question denies (search/negation-cues.txt): the few meaningful syllables after a cue, and how strongly; of an
 * outright denial, only the variant's qualifier or the action it sets against another when it names one.
 */
final class Denials {

    /** How many meaningful syllables after a cue it denies. */
    private static final int DENIAL_SCOPE = 5;
    /** Folded words that make a closer "đâu" a place ("ở đâu", "đi đâu") or "đầu" a beginning ("lần đầu", "ban đầu"). */
    private static final Set<String> NOT_BEFORE_CLOSER = Set.of("o", "tai", "di", "len", "ve", "nop", "lan", "ban", "bat", "khoi", "tu");

    private final Lexicon lexicon;
    /** Variants' qualifiers of two syllables or more, folded ({@link Variants#qualifierRuns}). */
    private final Set<List<String>> variantQualifiers;
    private final Actions actions;

    Denials(Lexicon lexicon, Set<List<String>> variantQualifiers, Actions actions) {
        this.lexicon = lexicon;
        this.variantQualifiers = variantQualifiers;
        this.actions = actions;
    }

    /**
     * The meaningful syllables right after a negation cue, denied as strongly as the cue denies, within its clause:
     * "không phải người nước ngoài gì hết, khai tử thì…" does not deny "khai tử".
     */
    Denial[] of(List<Token> tokens, boolean[] chat, Set<Integer> clauseStarts) {
        Denial[] denied = new Denial[tokens.size()];
        Arrays.fill(denied, Denial.NONE);
        for (PhraseIndex.Match<NegationCue> cue : lexicon.negationCues().findAll(tokens)) {
            Denial strength = cue.value().qualifierOnly() ? Denial.QUALIFIER : Denial.ALL;
            int scope = DENIAL_SCOPE;
            int end = tokens.size();
            if (cue.value().closer() != null) {
                end = closing(cue.value().closer(), tokens, chat, clauseStarts, cue.end());
                if (end < 0) continue;
            }
            // "không X, chỉ Y", "không X mà Y": X is set against what is asked, denied outright.
            int contrast = strength == Denial.QUALIFIER ? contrastAfter(tokens, chat, clauseStarts, cue.end()) : -1;
            if (contrast > cue.end()) {
                strength = Denial.ALL;
                end = contrast;
            }
            // "không có yếu tố nước ngoài gì hết": a variant's whole qualifier after the cue is no part of what is asked.
            int qualifierEnd = strength == Denial.QUALIFIER ? variantQualifierAt(tokens, chat, cue.end()) : -1;
            if (qualifierEnd > cue.end()) {
                strength = Denial.ALL;
                end = Math.min(end, qualifierEnd);
            }
            List<Integer> span = new ArrayList<>();
            int stop = cue.end();
            for (; stop < end && scope > 0 && (stop == cue.end() || !clauseStarts.contains(stop)); stop++) {
                // An outright denial reaches over chat words ("không phải là người nước ngoài"); a cue that
                // denies only a qualifier covers the words right after it ("không còn. Giờ làm lại…" denies "còn").
                if (chat[stop] && strength == Denial.QUALIFIER) break;
                // "không phải hỏng mà là mất": what follows "mà", "chỉ" is what is asked; "nhưng" turns to it too.
                if (stop > cue.end() && (isContrast(tokens.get(stop)) || isBut(tokens.get(stop)))) break;
                if (chat[stop]) continue;
                span.add(stop);
                scope--;
            }
            // "không cần tôi giám hộ nữa": what is no longer so has ended, and ending it may be what is asked.
            if (!span.isEmpty() && noLonger(tokens, chat, clauseStarts, span.get(span.size() - 1) + 1)) continue;
            for (int i : strength == Denial.ALL ? narrowed(tokens, chat, clauseStarts, span, stop) : span) {
                if (strength.compareTo(denied[i]) > 0) denied[i] = strength;
            }
        }
        return denied;
    }

    /**
     * What of an outright denial's words is denied: a variant's qualifier alone, the thing it qualifies still asked
     * ("không phải khai tử lưu động gì đâu" asks the registration of a death); the action alone when what follows "mà",
     * "chỉ" asks another ("không đóng cửa hộ kinh doanh, chỉ đổi ngành" asks a change to the business); else all of them.
     */
    private List<Integer> narrowed(List<Token> tokens, boolean[] chat, Set<Integer> clauseStarts, List<Integer> span, int stop) {
        if (span.isEmpty()) return span;
        List<Integer> qualifier = new ArrayList<>();
        for (int i : span) {
            int end = variantQualifierAt(tokens, chat, i);
            if (end > i && span.contains(end - 1)) for (int k = i; k < end; k++) qualifier.add(k);
        }
        if (!qualifier.isEmpty()) return qualifier;
        if (stop >= tokens.size() || !isContrast(tokens.get(stop))) return span;
        int clauseEnd = stop + 1;
        while (clauseEnd < tokens.size() && !clauseStarts.contains(clauseEnd)) clauseEnd++;
        List<Integer> denied = new ArrayList<>();
        Set<Actions.Action> deniedActions = EnumSet.noneOf(Actions.Action.class);
        Set<Actions.Action> askedInstead = EnumSet.noneOf(Actions.Action.class);
        for (PhraseIndex.Match<Set<Actions.Action>> m : actions.saidIn(tokens)) {
            if (m.start() >= span.get(0) && m.end() <= span.get(span.size() - 1) + 1) {
                for (int k = m.start(); k < m.end(); k++) denied.add(k);
                deniedActions.addAll(m.value());
            } else if (m.start() > stop && m.end() <= clauseEnd) {
                askedInstead.addAll(m.value());
            }
        }
        boolean anotherAction = !askedInstead.isEmpty() && Collections.disjoint(deniedActions, askedInstead);
        return denied.isEmpty() || !anotherAction ? span : denied;
    }

    /** Where a variant's whole qualifier typed right from this token ends, its meaningful syllables in a row; -1 if none. */
    private int variantQualifierAt(List<Token> tokens, boolean[] chat, int from) {
        for (List<String> qualifier : variantQualifiers) {
            int end = from + qualifier.size();
            if (end > tokens.size()) continue;
            boolean matches = true;
            for (int k = 0; k < qualifier.size() && matches; k++) {
                matches = !chat[from + k] && tokens.get(from + k).folded().equals(qualifier.get(k));
            }
            if (matches) return end;
        }
        return -1;
    }

    /**
     * Where "chỉ" or "mà" stands after a few meaningful syllables, in the clause or opening the next one ("không xây nhà
     * mới, chỉ sửa lại"); -1 if not.
     */
    private static int contrastAfter(List<Token> tokens, boolean[] chat, Set<Integer> clauseStarts, int from) {
        int meaningful = 0;
        boolean crossed = false;
        for (int i = from; i < tokens.size() && meaningful <= DENIAL_SCOPE; i++) {
            if (clauseStarts.contains(i) && i > from) {
                if (crossed) return -1;
                crossed = true;
            }
            if (isContrast(tokens.get(i))) return i;
            if (crossed) return -1;
            if (!chat[i]) meaningful++;
        }
        return -1;
    }

    /**
     * Whether "nữa" stands here, after chat words only, in the same clause, and no "mà" or "chỉ" turns from it to what is
     * asked ("không muốn gia hạn tạm trú nữa mà muốn nhập hẳn hộ khẩu" denies the extension).
     */
    private static boolean noLonger(List<Token> tokens, boolean[] chat, Set<Integer> clauseStarts, int from) {
        for (int i = from; i < tokens.size() && (i == from || !clauseStarts.contains(i)); i++) {
            if (tokens.get(i).exact().equals("nữa") || tokens.get(i).plain() && tokens.get(i).folded().equals("nua")) {
                return i + 1 >= tokens.size() || clauseStarts.contains(i + 1) || !isContrast(tokens.get(i + 1));
            }
            if (!chat[i]) return false;
        }
        return false;
    }

    private static boolean isBut(Token t) {
        return t.exact().equals("nhưng") || t.plain() && t.folded().equals("nhung");
    }

    private static boolean isContrast(Token t) {
        return t.exact().equals("chỉ") || t.exact().equals("mà") || t.plain() && (t.folded().equals("chi") || t.folded().equals("ma"));
    }

    /**
     * Where a cue's closer stands, ending the clause after at most {@link #DENIAL_SCOPE} meaningful syllables, and not
     * as the "đâu" of a place or the "đầu" of a first time typed plain ("có phải đăng ký ở đâu", "lần đầu"); -1 if not.
     */
    private static int closing(Phrase closer, List<Token> tokens, boolean[] chat, Set<Integer> clauseStarts, int from) {
        int meaningful = 0;
        for (int i = from + 1; i < tokens.size() && !clauseStarts.contains(i) && meaningful <= DENIAL_SCOPE; i++) {
            if (!chat[i - 1]) meaningful++;
            if (!closer.matchesAt(tokens, i) || NOT_BEFORE_CLOSER.contains(tokens.get(i - 1).folded())) continue;
            int after = i + closer.length();
            while (after < tokens.size() && !clauseStarts.contains(after) && chat[after]) after++;
            if (after == tokens.size() || clauseStarts.contains(after)) return i;
        }
        return -1;
    }
}
