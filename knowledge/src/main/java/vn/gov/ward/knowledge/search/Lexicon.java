package vn.gov.ward.knowledge.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.gov.ward.knowledge.analysis.VietnameseText;
import vn.gov.ward.knowledge.catalogue.CatalogueException;

/**
 * The words of chat to ignore and the synonyms and abbreviations citizens use, read from the
 * knowledge module's resources (search/chat-stop-phrases.txt, search/synonyms.txt).
 */
public final class Lexicon {

    /** A phrase as lower-case syllables with marks, and the same without (folded once, not per question). */
    record Phrase(List<String> syllables, List<String> folded) {
        Phrase(List<String> syllables) {
            this(syllables, syllables.stream().map(VietnameseText::foldSyllable).toList());
        }

        int length() {
            return syllables.size();
        }

        /**
         * A typed syllable matches the k-th when it is the same word with the same marks, or when it
         * was typed without marks and folds to the same letters.
         */
        boolean matches(int k, ParsedQuestion.Token typed) {
            return typed.exact().equals(syllables.get(k))
                    || typed.plain() && typed.folded().equals(folded.get(k));
        }
    }

    /**
     * @param replaces true for an abbreviation ("cccd => căn cước công dân"): the question searches the
     *                 target in its place; false for phrases that mean the same
     */
    record SynonymRule(List<Phrase> phrases, List<Phrase> targets, boolean replaces) {
    }

    /** One phrase of a synonym rule. */
    record Synonym(Phrase phrase, SynonymRule rule) {
    }

    private final List<Phrase> stopPhrases;
    /**
     * Stop phrases (longest first) and synonym phrases (in file order) by their first syllable
     * without marks, the only ones that can match there: a question tries a few, not all.
     */
    private final Map<String, List<Phrase>> stopPhrasesByStart = new HashMap<>();
    private final Map<String, List<Synonym>> synonymsByStart = new HashMap<>();

    Lexicon(List<Phrase> stopPhrases, List<SynonymRule> synonyms) {
        this.stopPhrases = stopPhrases.stream().sorted(Comparator.comparingInt(Phrase::length).reversed()).toList();
        for (Phrase phrase : this.stopPhrases) {
            stopPhrasesByStart.computeIfAbsent(phrase.folded().get(0), k -> new ArrayList<>()).add(phrase);
        }
        for (SynonymRule rule : synonyms) {
            for (Phrase phrase : rule.phrases()) {
                synonymsByStart.computeIfAbsent(phrase.folded().get(0), k -> new ArrayList<>()).add(new Synonym(phrase, rule));
            }
        }
    }

    public static Lexicon bundled() {
        return new Lexicon(
                read("/search/chat-stop-phrases.txt").stream().map(Lexicon::phrase).toList(),
                read("/search/synonyms.txt").stream().map(Lexicon::rule).toList());
    }

    List<Phrase> stopPhrases() {
        return stopPhrases;
    }

    /** The stop phrases that start with this syllable (without marks), longest first. */
    List<Phrase> stopPhrasesStartingWith(String folded) {
        return stopPhrasesByStart.getOrDefault(folded, List.of());
    }

    /** The synonym phrases that start with this syllable (without marks), in file order. */
    List<Synonym> synonymsStartingWith(String folded) {
        return synonymsByStart.getOrDefault(folded, List.of());
    }

    private static SynonymRule rule(String line) {
        int arrow = line.indexOf("=>");
        if (arrow >= 0) {
            return new SynonymRule(phrases(line.substring(0, arrow)), List.of(phrase(line.substring(arrow + 2))), true);
        }
        List<Phrase> all = phrases(line);
        return new SynonymRule(all, all, false);
    }

    private static List<Phrase> phrases(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Lexicon::phrase).toList();
    }

    private static Phrase phrase(String text) {
        return new Phrase(Arrays.stream(VietnameseText.nfc(text).toLowerCase(java.util.Locale.ROOT).split(" ")).toList());
    }

    private static List<String> read(String resource) {
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
