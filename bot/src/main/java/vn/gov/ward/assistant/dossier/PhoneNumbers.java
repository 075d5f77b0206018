package vn.gov.ward.assistant.dossier;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Vietnamese phone numbers: mobile (03x, 05x, 07x, 08x, 09x) and landline (02x), in any usual writing. */
public final class PhoneNumbers {

    private static final Pattern PHONE = Pattern.compile("^(?:\\+?84|0)([35789]\\d{8}|2\\d{9})$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");

    private PhoneNumbers() {
    }

    /** "0912 345 678", "+84912345678", "84 912.345.678" → "0912345678"; empty when not a phone number. */
    public static Optional<String> normalise(String phone) {
        if (phone == null) return Optional.empty();
        Matcher m = PHONE.matcher(SEPARATORS.matcher(phone).replaceAll(""));
        return m.matches() ? Optional.of("0" + m.group(1)) : Optional.empty();
    }

    /** "84912345678": the form Zalo's ZNS wants. */
    public static String international(String normalised) {
        return "84" + normalised.substring(1);
    }

    /** Only the last three digits show: "*******678". */
    public static String masked(String normalised) {
        return "*".repeat(normalised.length() - 3) + normalised.substring(normalised.length() - 3);
    }
}
