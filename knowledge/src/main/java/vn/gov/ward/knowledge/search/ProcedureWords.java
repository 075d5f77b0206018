package vn.gov.ward.knowledge.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.gov.ward.knowledge.analysis.VietnameseText;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.catalogue.RequiredDocument;
import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/**
 * A procedure's texts as syllables, read once when the search is built.
 *
 * @param keywords   the ward's keywords (a variant's with its base's: "nhận con" is said of the foreign one too) and the
 *                   procedure's field: searched like its name
 * @param bodyTexts  its documents, result and requirements
 * @param title      folded syllables of its name, keywords and field
 * @param titlePairs folded syllable pairs of the same
 * @param body       folded syllables of its documents, result and requirements
 * @param bodyPairs  folded syllable pairs of the same
 * @param name       its name's syllables
 * @param fieldPairs folded syllable pairs only its field says, not its name or keywords: the domain, shared by many
 * @param tonedTitlePairs syllable pairs of its name, keywords and field with their marks ({@link VietnameseText#toned})
 */
record ProcedureWords(Procedure procedure, List<String> keywords, List<String> bodyTexts, Set<String> title,
                      Set<String> titlePairs, Set<String> body, Set<String> bodyPairs, List<Token> name, Set<String> fieldPairs,
                      Set<String> tonedTitlePairs) {

    static ProcedureWords of(Procedure p) {
        return of(p, List.of());
    }

    /** @param baseKeywords the ward's keywords of the procedure this one is a variant of ({@link Variants}), or none */
    static ProcedureWords of(Procedure p, List<String> baseKeywords) {
        List<String> wards = new ArrayList<>(p.keywords());
        baseKeywords.stream().filter(k -> !wards.contains(k)).forEach(wards::add);
        List<String> keywords = new ArrayList<>(wards);
        if (p.field() != null) keywords.add(p.field());
        List<String> body = new ArrayList<>(p.documents().stream().map(RequiredDocument::name).toList());
        if (p.result() != null) body.add(p.result());
        if (p.requirements() != null) body.add(p.requirements());

        Set<String> title = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        Set<String> tonedPairs = new HashSet<>();
        List<String> titleTexts = new ArrayList<>(keywords);
        titleTexts.add(p.name());
        for (String text : titleTexts) {
            List<Token> tokens = Syllables.tokens(text);
            for (int i = 0; i < tokens.size(); i++) {
                title.add(tokens.get(i).folded());
                if (i + 1 == tokens.size()) continue;
                pairs.add(tokens.get(i).folded() + " " + tokens.get(i + 1).folded());
                tonedPairs.add(VietnameseText.toned(tokens.get(i).exact()) + " " + VietnameseText.toned(tokens.get(i + 1).exact()));
            }
        }
        Set<String> fieldPairs = new HashSet<>();
        if (p.field() != null) {
            List<String> field = Syllables.folded(p.field());
            for (int i = 0; i + 1 < field.size(); i++) fieldPairs.add(field.get(i) + " " + field.get(i + 1));
            Set<String> named = new HashSet<>();
            List<String> namedTexts = new ArrayList<>(wards);
            namedTexts.add(p.name());
            for (String text : namedTexts) {
                List<String> syllables = Syllables.folded(text);
                for (int i = 0; i + 1 < syllables.size(); i++) named.add(syllables.get(i) + " " + syllables.get(i + 1));
            }
            fieldPairs.removeAll(named);
        }
        Set<String> bodySyllables = new HashSet<>();
        Set<String> bodyPairs = new HashSet<>();
        for (String text : body) {
            List<String> syllables = Syllables.folded(text);
            bodySyllables.addAll(syllables);
            for (int i = 0; i + 1 < syllables.size(); i++) bodyPairs.add(syllables.get(i) + " " + syllables.get(i + 1));
        }
        return new ProcedureWords(p, List.copyOf(keywords), List.copyOf(body), Set.copyOf(title), Set.copyOf(pairs),
                Set.copyOf(bodySyllables), Set.copyOf(bodyPairs), Syllables.tokens(p.name()), Set.copyOf(fieldPairs),
                Set.copyOf(tonedPairs));
    }
}
