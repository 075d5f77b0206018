package vn.gov.ward.knowledge.catalogue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of the portal's document table: its heading (cleaned), its text with the list mark, the quantity
 * ("(1 bản chính, 1 bản sao)") and the attached form's name (given as "(mẫu: …)" or a file name glued on) taken off.
 */
final class DocumentRow {

    private static final Pattern HEADING = Pattern.compile("^\\[([^\\]]*)]\\s*");
    private static final Pattern QUANTITY = Pattern.compile(
            "\\((\\d+) bản chính(?:\\s*,\\s*(\\d+) bản sao)?\\)\\s*$|\\((\\d+) bản sao\\)\\s*$");
    private static final Pattern FORM = Pattern.compile("\\(mẫu:\\s*");
    /** A form's number the quantity swallowed: "… theo Mẫu số (181 bản chính)". */
    private static final Pattern FORM_NUMBER_CUT = Pattern.compile("[Mm]ẫu(?: số)?\\s*$");
    /** A form's title glued on to the document's name: "…NĐ-CP).Mẫu số 01 - …". */
    private static final Pattern GLUED_FORM_TITLE = Pattern.compile("(?<=[)\\p{Ll}])\\.(?=\\p{Lu})");
    private static final Pattern FILE_EXTENSION = Pattern.compile("\\.(?:docx?|pdf|xlsx?)\\b", Pattern.CASE_INSENSITIVE);
    /** Where a form's file name was glued on: after a legal number, a date, a sentence, "quy định" or a word. */
    private static final Pattern FILE_NAME_GLUE = Pattern.compile(
            "(?<=/\\d{4}/(?:QĐ-TTg|\\p{Lu}{1,4}-(?:TTg|\\p{Lu}{1,8}?)))(?=\\p{Lu}\\p{Ll})"
                    + "|(?<=\\d{4})(?=\\p{L})|(?<=[\\p{Ll})])\\.(?=\\p{Lu})|;(?=\\p{Lu})|(?<=\\p{Ll})(?=\\p{Lu}\\p{Ll})"
                    + "|(?<=quy định)(?=\\p{L})");

    final String heading;
    String text;
    int originals;
    int copies;
    boolean quantified;
    String form;

    private DocumentRow(String heading, String text) {
        this.heading = heading;
        this.text = text;
    }

    static DocumentRow parse(String raw) {
        String text = raw;
        String heading = "";
        Matcher h = HEADING.matcher(text);
        if (h.find()) {
            heading = DocumentRows.cleanHeading(h.group(1));
            text = text.substring(h.end());
        }
        DocumentRow row = new DocumentRow(heading, text);
        row.takeQuantity();
        row.takeForm();
        String stripped = row.text;
        for (String before = null; !stripped.equals(before); ) {
            before = stripped;
            stripped = DocumentRows.LIST_MARK.matcher(stripped).replaceFirst("").strip();
        }
        row.text = stripped;
        return row;
    }

    private void takeQuantity() {
        Matcher q = QUANTITY.matcher(text);
        if (!q.find()) return;
        quantified = true;
        String digits = q.group(1) != null ? q.group(1) : q.group(3);
        if (digits.length() > 1 && FORM_NUMBER_CUT.matcher(text.substring(0, q.start())).find()) {
            // "theo Mẫu số (181 bản chính" is "theo Mẫu số 18" and "(1 bản chính".
            text = text.substring(0, q.start()).strip() + " " + digits.substring(0, digits.length() - 1) + " " + text.substring(q.start());
            q = QUANTITY.matcher(text);
            q.find();
        }
        if (q.group(3) != null) {
            copies = quantity(q.group(3));
        } else {
            originals = quantity(q.group(1));
            copies = q.group(2) == null ? 0 : quantity(q.group(2));
        }
        text = text.substring(0, q.start()).strip();
    }

    private void takeForm() {
        Matcher f = FORM.matcher(text);
        int formStart = -1;
        while (f.find()) formStart = f.start();
        if (formStart >= 0) {
            String tail = text.substring(formStart).replaceFirst("^\\(mẫu:\\s*", "");
            form = tail.endsWith(")") ? tail.substring(0, tail.length() - 1).strip() : tail.strip();
            text = text.substring(0, formStart).strip();
            Matcher glued = GLUED_FORM_TITLE.matcher(text);
            if (glued.find()) {
                String title = text.substring(glued.end()).strip();
                text = text.substring(0, glued.start() + 1).strip();
                form = title + (title.endsWith(".") || title.endsWith("(") ? "" : " ") + form;
            }
        }
        Matcher file = FILE_EXTENSION.matcher(text);
        if (!file.find()) return;
        int glue = -1;
        Matcher g = FILE_NAME_GLUE.matcher(text);
        while (g.find() && g.start() < file.start()) glue = g.start();
        if (glue < 0) return;
        if (form == null) form = text.substring(glue, file.end()).replaceFirst("^[.;]", "").strip();
        text = (text.substring(0, glue) + text.substring(file.end())).strip();
    }

    /** The part of this row the crawl cut off into the next one. */
    void append(DocumentRow next) {
        text = text + (next.text.startsWith(")") || next.text.startsWith(";") || next.text.startsWith(",") ? "" : " ") + next.text;
        originals = Math.max(originals, next.originals);
        copies = Math.max(copies, next.copies);
        quantified |= next.quantified;
        if (form == null) form = next.form;
    }

    /** Form numbers glued in front of the quantity ("031 bản chính" is "mẫu 03" + "1 bản chính"). */
    private static int quantity(String digits) {
        int value = Integer.parseInt(digits.length() > 2 ? digits.substring(digits.length() - 1) : digits);
        return value > 9 ? value % 10 : value;
    }
}

