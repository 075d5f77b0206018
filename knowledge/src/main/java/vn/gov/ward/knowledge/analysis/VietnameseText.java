package vn.gov.ward.knowledge.analysis;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers shared by the importer, the analyzers and the channels. */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private VietnameseText() {
    }

    /** NFC with runs of white space folded to one space; null stays null. */
    public static String nfc(String text) {
        if (text == null) return null;
        String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACES.matcher(composed).replaceAll(" ").strip();
    }

    /** Lower case without tone marks or diacritics, đ as d: "Đăng ký" → "dang ky". */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return bare.toLowerCase(VIETNAMESE);
    }

    /** True when the text carries any Vietnamese diacritic (tone mark, hat, horn or đ). */
    public static boolean hasDiacritics(String text) {
        return !fold(text).equals(text.toLowerCase(VIETNAMESE));
    }
}
