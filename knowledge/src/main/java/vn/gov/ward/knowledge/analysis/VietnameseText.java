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
        // Every syllable indexed or asked is folded: look letters up in a table instead of decomposing.
        StringBuilder folded = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = c < FOLDED.length ? FOLDED[c] : UNKNOWN;
            if (f == UNKNOWN) return foldByDecomposing(text);
            if (f != c && folded == null) folded = new StringBuilder(text.length()).append(text, 0, i);
            if (folded != null && f != REMOVED) folded.append(f);
        }
        return folded == null ? text : folded.toString();
    }

    /**
     * One syllable folded as {@link #foldSyllable(String)} does, followed by the marks it was written with: the
     * vowels' marks in order (â ê ô ơ ư ă, đ) and its tone, wherever the tone was placed ("hoà" and "hòa" are one,
     * "kí" and "ký" are one; "hồ" and "hộ" are two, as are "họ" and "hộ").
     */
    public static String toned(String syllable) {
        String decomposed = Normalizer.normalize(syllable.toLowerCase(VIETNAMESE), Normalizer.Form.NFD);
        StringBuilder marks = new StringBuilder(foldSyllable(syllable)).append('/');
        char tone = '-';
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            switch (c) {
                case '\u0302', '\u0306', '\u031B', '\u0111' -> marks.append(c);
                case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' -> tone = c;
                default -> { }
            }
        }
        return marks.append(tone).toString();
    }

    /**
     * One syllable folded as {@link #fold} does, with the spellings that differ only in a final i or y
     * made one: "ký"/"kí", "lý"/"lí", "mỹ"/"mĩ", "sỹ"/"sĩ", "quý"/"quí" are the same word, written both
     * ways (schoolbooks since 1980 write i, officials often y). After other onsets the two differ ("huy"
     * is not "hui"), so only these onsets are unified.
     */
    public static String foldSyllable(String syllable) {
        char[] buffer = syllable.toCharArray();
        int length = foldSyllable(buffer, buffer.length);
        if (length >= 0) return new String(buffer, 0, length);
        String folded = fold(syllable);
        return folded.endsWith("y") && isIOrYOnset(folded.toCharArray(), folded.length() - 1)
                ? folded.substring(0, folded.length() - 1) + "i" : folded;
    }

    /**
     * {@link #foldSyllable(String)} in place, for a token filter's term buffer: no string per token.
     *
     * @return the folded length, or -1 (the buffer untouched) when a letter does not fold to at most one
     *         letter and the syllable must go through {@link #foldSyllable(String)}
     */
    public static int foldSyllable(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] >= FOLDED.length || FOLDED[buffer[i]] == UNKNOWN) return -1;
        }
        int out = 0;
        for (int i = 0; i < length; i++) {
            char f = FOLDED[buffer[i]];
            if (f != REMOVED) buffer[out++] = f;
        }
        if (out > 1 && buffer[out - 1] == 'y' && isIOrYOnset(buffer, out - 1)) buffer[out - 1] = 'i';
        return out;
    }

    /** Whether the first {@code length} letters are an onset after which a final y is written i too. */
    private static boolean isIOrYOnset(char[] onset, int length) {
        return length == 1 ? "klmsthv".indexOf(onset[0]) >= 0 : length == 2 && onset[0] == 'q' && onset[1] == 'u';
    }

    private static final char UNKNOWN = '\uFFFF';
    private static final char REMOVED = '\uFFFE';
    /**
     * Each letter of the Latin blocks Vietnamese uses (and the combining marks of decomposed input)
     * folded on its own; {@link #UNKNOWN} where a letter does not fold to at most one letter.
     */
    private static final char[] FOLDED = new char[0x1F00];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            boolean latin = c < 0x0250 || (c >= 0x0300 && c < 0x0370) || c >= 0x1E00;
            String f = latin && !Character.isSurrogate(c) ? foldByDecomposing(String.valueOf(c)) : null;
            FOLDED[c] = f == null || f.length() > 1 ? UNKNOWN : f.isEmpty() ? REMOVED : f.charAt(0);
        }
    }

    private static String foldByDecomposing(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return bare.toLowerCase(VIETNAMESE);
    }

    /** True when the text carries any Vietnamese diacritic (tone mark, hat, horn or đ). */
    public static boolean hasDiacritics(String text) {
        return !fold(text).equals(text.toLowerCase(VIETNAMESE));
    }
}
