package vn.gov.ward.knowledge.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.gov.ward.knowledge.catalogue.CatalogueException;
import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/**
 * The words of chat to ignore, the synonyms and abbreviations citizens use, the words that deny
 * what follows them and those that say the citizen already holds it, read from the knowledge module's resources
 * (search/chat-stop-phrases.txt, search/synonyms.txt, search/negation-cues.txt, search/held-cues.txt).
 */
public final class Lexicon {

    /**
     * @param replaces true for an abbreviation ("cccd => căn cước công dân"): the question searches the
     *                 target in its place; false for phrases that mean the same
     */
    record SynonymRule(List<Phrase> phrases, List<Phrase> targets, boolean replaces) {
    }

    /** The line of search/held-cues.txt that lists the words ending a paper held. */
    private static final String UNTIL = "until:";
    private static final String AFTER = "after:";

    private final PhraseIndex<Phrase> stopPhrases = new PhraseIndex<>();
    private final PhraseIndex<SynonymRule> synonyms = new PhraseIndex<>();
    private final PhraseIndex<NegationCue> negationCues = new PhraseIndex<>();
    private final PhraseIndex<Phrase> denialsMeaning = new PhraseIndex<>();
    private final PhraseIndex<HeldCue> heldCues = new PhraseIndex<>();
    private final PhraseIndex<Phrase> heldUntil = new PhraseIndex<>();
    private final PhraseIndex<Phrase> heldAfter = new PhraseIndex<>();
    private final Set<String> chatWords;
    private final Map<String, List<String>> spellings;

    /**
     * @param qualifierOnly denies only a variant's distinguishing words right after it ("không có yếu tố
     *                      nước ngoài"), not a procedure's other words
     * @param closer        what must end the clause for the cue to deny what stands between ("có phải người nước ngoài
     *                      đâu"), or null
     */
    record NegationCue(Phrase phrase, boolean qualifierOnly, Phrase closer) {
        private static final String QUALIFIER = "qualifier:";
        private static final String GAP = "…";

        static NegationCue of(String line) {
            boolean qualifier = line.startsWith(QUALIFIER);
            String cue = qualifier ? line.substring(QUALIFIER.length()).strip() : line;
            int gap = cue.indexOf(GAP);
            return gap < 0 ? new NegationCue(Phrase.of(cue), qualifier, null)
                    : new NegationCue(Phrase.of(cue.substring(0, gap).strip()), qualifier, Phrase.of(cue.substring(gap + GAP.length()).strip()));
        }
    }

    /**
     * @param closer what must close the paper held for the cue to hold ("có giấy kết hôn bên đó rồi"), or null
     */
    record HeldCue(Phrase phrase, Phrase closer) {
        private static final String GAP = "…";

        static HeldCue of(String line) {
            int gap = line.indexOf(GAP);
            return gap < 0 ? new HeldCue(Phrase.of(line), null)
                    : new HeldCue(Phrase.of(line.substring(0, gap).strip()), Phrase.of(line.substring(gap + GAP.length()).strip()));
        }
    }

    /**
     * @param spellings how citizens spell a word on chat ("lm", "ko", "ck") and the words they mean
     */
    Lexicon(List<Phrase> stopPhrases, List<SynonymRule> synonyms, List<NegationCue> negationCues, List<SynonymRule> denialsMeaning,
            List<String> heldCues, Map<String, List<String>> spellings) {
        this.spellings = Map.copyOf(spellings);
        for (SynonymRule rule : denialsMeaning) {
            for (Phrase phrase : rule.phrases()) this.denialsMeaning.add(phrase, rule.targets().get(0));
        }
        this.denialsMeaning.longestFirst();
        stopPhrases.forEach(p -> this.stopPhrases.add(p, p));
        this.stopPhrases.longestFirst();
        for (SynonymRule rule : synonyms) {
            for (Phrase phrase : rule.phrases()) this.synonyms.add(phrase, rule);
        }
        negationCues.forEach(c -> this.negationCues.add(c.phrase(), c));
        this.negationCues.longestFirst();
        for (String line : heldCues) {
            if (line.startsWith(UNTIL)) phrases(line.substring(UNTIL.length())).forEach(p -> heldUntil.add(p, p));
            else if (line.startsWith(AFTER)) phrases(line.substring(AFTER.length())).forEach(p -> heldAfter.add(p, p));
            else {
                HeldCue cue = HeldCue.of(line);
                this.heldCues.add(cue.phrase(), cue);
            }
        }
        this.heldCues.longestFirst();
        this.chatWords = stopPhrases.stream().filter(p -> p.length() == 1).map(p -> p.syllables().get(0)).collect(Collectors.toSet());
    }

    public static Lexicon bundled() {
        // A negation cue's line denies what follows; a line "denials => what they say" reads a denial as something else.
        Map<Boolean, List<String>> denials = read("/search/negation-cues.txt").stream().collect(Collectors.partitioningBy(line -> line.contains("=>")));
        return new Lexicon(
                read("/search/chat-stop-phrases.txt").stream().map(Phrase::of).toList(),
                read("/search/synonyms.txt").stream().map(Lexicon::rule).toList(),
                denials.get(false).stream().map(NegationCue::of).toList(),
                denials.get(true).stream().map(Lexicon::rule).toList(),
                read("/search/held-cues.txt"),
                spellings(read("/search/chat-spellings.txt")));
    }

    private static Map<String, List<String>> spellings(List<String> lines) {
        Map<String, List<String>> spellings = new HashMap<>();
        for (String line : lines) {
            int arrow = line.indexOf("=>");
            if (arrow < 0) throw new CatalogueException("/search/chat-spellings.txt", line, "needs \"spelling => word\"");
            List<String> words = Phrase.of(line.substring(arrow + 2).strip()).syllables();
            for (Phrase spelling : phrases(line.substring(0, arrow))) spellings.put(spelling.syllables().get(0), words);
        }
        return spellings;
    }

    /**
     * The tokens with each chat spelling read as the words it stands for ("lm" as "làm"), then each denial that says
     * something as what it says ("không phải người Việt" as "người nước ngoài").
     */
    List<Token> respell(List<Token> tokens) {
        List<Token> spelt = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            List<String> words = spellings.get(t.exact());
            if (words == null) spelt.add(t);
            else words.forEach(w -> spelt.add(Token.of(w)));
        }
        List<Token> read = new ArrayList<>(spelt.size());
        for (int i = 0; i < spelt.size(); ) {
            PhraseIndex.Match<Phrase> m = denialsMeaning.longestAt(spelt, i);
            if (m == null || comparedWith(spelt, i)) {
                read.add(spelt.get(i++));
            } else {
                m.value().syllables().forEach(w -> read.add(Token.of(w)));
                i = m.end();
            }
        }
        return read;
    }

    /** How many syllables before a phrase "so với" may stand and make it a comparison. */
    private static final int COMPARISON_REACH = 4;

    /** Whether "so với" stands just before: "hồ sơ có khác gì so với bố mẹ đều là người Việt" compares, it claims nothing. */
    private static boolean comparedWith(List<Token> tokens, int at) {
        for (int i = Math.max(0, at - COMPARISON_REACH); i + 1 < at; i++) {
            if (tokens.get(i).folded().equals("so") && tokens.get(i + 1).folded().equals("voi")) return true;
        }
        return false;
    }

    /** Single chat words, with their marks ("cần", not "căn"). */
    Set<String> chatWords() {
        return chatWords;
    }

    PhraseIndex<Phrase> stopPhrases() {
        return stopPhrases;
    }

    PhraseIndex<SynonymRule> synonyms() {
        return synonyms;
    }

    PhraseIndex<NegationCue> negationCues() {
        return negationCues;
    }

    /** What says the citizen already holds the paper that follows ("đã có", "có … rồi"). */
    PhraseIndex<HeldCue> heldCues() {
        return heldCues;
    }

    /** What says the paper before it is held, by saying what is wrong in it ("giấy khai sinh bỏ trống tên cha"). */
    PhraseIndex<Phrase> heldAfter() {
        return heldAfter;
    }

    /** Whether a word at this place ends the paper held: the sentence turns to something else ("nhưng", "giờ"). */
    boolean endsHeld(List<Token> tokens, int at) {
        return heldUntil.longestAt(tokens, at) != null;
    }

    private static SynonymRule rule(String line) {
        int arrow = line.indexOf("=>");
        if (arrow >= 0) {
            return new SynonymRule(phrases(line.substring(0, arrow)), List.of(Phrase.of(line.substring(arrow + 2).strip())), true);
        }
        List<Phrase> all = phrases(line);
        return new SynonymRule(all, all, false);
    }

    private static List<Phrase> phrases(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Phrase::of).toList();
    }

    /** The lines of a resource without blank lines and "#" comments. */
    static List<String> read(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new CatalogueException(resource, null, "is missing from the class path");
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String text = line.strip();
                if (!text.isEmpty() && !text.startsWith("#")) lines.add(text);
            }
            return lines;
        } catch (IOException e) {
            throw new CatalogueException(resource, null, "cannot be read: " + e.getMessage(), e);
        }
    }
}
