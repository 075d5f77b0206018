package vn.gov.ward.knowledge.catalogue;

import java.util.regex.Pattern;

import vn.gov.ward.knowledge.analysis.VietnameseText;

/**
 * A document the citizen brings or presents.
 *
 * @param name      the whole text of the row, cleaned: what to bring and what the portal says of it
 * @param originals number of originals (bản chính)
 * @param copies    number of copies (bản sao)
 * @param form      the template file the portal attaches (e.g. "Mẫu DC02 ….doc"), or null
 * @param condition the case the portal names for it ("chưa có tài khoản định danh điện tử"), when the row
 *                  read "Trường hợp … thì phải kèm theo …", with the word that opened it ("trường hợp …", "đối với …");
 *                  null when the document is for everyone of its group
 */
public record RequiredDocument(String name, int originals, int copies, String form, String condition) {

    /** Enough of a paper's first words to tell it from another one; a sentence the portal runs on for pages says no more. */
    private static final int IDENTITY_LETTERS = 160;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\p{Ll})\\.\\s+(?=\\p{Lu})");

    /**
     * What makes two rows one paper: the first sentence (at most its first 160 letters), without marks, case or
     * punctuation. The portal often lists a document twice, the second time reworded or extended after its start.
     */
    public String identity() {
        String letters = VietnameseText.fold(SENTENCE_END.split(name, 2)[0]).replaceAll("[^a-z0-9]", "");
        return letters.length() <= IDENTITY_LETTERS ? letters : letters.substring(0, IDENTITY_LETTERS);
    }

    /** "1 bản chính, 1 bản sao" as a citizen reads it; empty when the portal gave no quantity. */
    public String quantity() {
        StringBuilder text = new StringBuilder();
        if (originals > 0) text.append(originals).append(" bản chính");
        if (copies > 0) text.append(text.isEmpty() ? "" : ", ").append(copies).append(" bản sao");
        return text.toString();
    }
}
