package vn.gov.ward.knowledge.catalogue;

/**
 * A document the citizen brings or presents.
 *
 * @param originals number of originals (bản chính)
 * @param copies    number of copies (bản sao)
 * @param form      the template file the portal attaches (e.g. "Mẫu DC02 ….doc"), or null
 */
public record RequiredDocument(String name, int originals, int copies, String form) {

    /** "1 bản chính, 1 bản sao" as a citizen reads it; empty when the portal gave no quantity. */
    public String quantity() {
        StringBuilder text = new StringBuilder();
        if (originals > 0) text.append(originals).append(" bản chính");
        if (copies > 0) text.append(text.isEmpty() ? "" : ", ").append(copies).append(" bản sao");
        return text.toString();
    }
}
