package vn.gov.ward.knowledge.search;

import vn.gov.ward.knowledge.analysis.VietnameseText;

/**
 * Reads a syllable typed with the Telex keyboard's keys left in as letters, as happens when the input
 * method is off: "giaays" is "giấy", "tow" is "tơ", "ddaau" is "đâu". Tone keys (s f r x j) end the
 * syllable; doubled vowels, "w" and "dd" make the hats, horns and đ. The reading is folded (no marks),
 * as the index's folded fields are.
 */
final class Telex {

    private static final String TONE_KEYS = "sfrxj";

    private Telex() {
    }

    /** The folded syllable meant, or null when nothing in it reads as Telex. */
    static String read(String typed) {
        String s = typed;
        if (s.length() > 2 && TONE_KEYS.indexOf(s.charAt(s.length() - 1)) >= 0) s = s.substring(0, s.length() - 1);
        String read = s.replace("dd", "d").replace("aa", "a").replace("aw", "a").replace("ee", "e").replace("oo", "o")
                .replace("ow", "o").replace("uw", "u").replace("w", "u");
        return read.equals(typed) || read.isEmpty() ? null : VietnameseText.foldSyllable(read);
    }
}
