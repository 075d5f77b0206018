package vn.gov.ward.assistant.dossier;

import java.util.regex.Pattern;

/** Long numbers in free text (a phone, an ID card number a citizen typed), masked wherever the text is shown. */
public final class PersonalNumbers {

    private static final Pattern LONG_NUMBER = Pattern.compile("\\d(?:[ .]?\\d){5,}");
    private static final Pattern NOT_A_DIGIT = Pattern.compile("\\D");

    private PersonalNumbers() {
    }

    /** Keeps the last three digits of numbers of six digits or more: "gọi 0912 345 678" → "gọi *******678". */
    public static String masked(String text) {
        if (text == null) return null;
        return LONG_NUMBER.matcher(text).replaceAll(m -> {
            String digits = NOT_A_DIGIT.matcher(m.group()).replaceAll("");
            return "*".repeat(digits.length() - 3) + digits.substring(digits.length() - 3);
        });
    }
}
