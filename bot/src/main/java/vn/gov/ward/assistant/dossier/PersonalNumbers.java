package vn.gov.ward.assistant.dossier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * What citizens type, as officers may see it on Telegram (a third party): phone, ID card, insurance and
 * account numbers keep only their last three digits ("*********345"), while what officers need stays
 * whole: dossier codes however typed (shown canonical), the assistant's own references (tickets
 * {@code PA-yyMMdd-NNNN}, hand-offs {@code HT-…}, from {@code redis.DailyCodes}), dates and sums of money.
 * The codes are recognised first, so their long digit runs are never taken for a phone number.
 */
@Component
public class PersonalNumbers {

    private static final Pattern REFERENCE = Pattern.compile("(?<![\\p{L}\\d])[A-Za-z]{2}-\\d{6}-\\d{4}(?!\\d)");
    private static final Pattern DATE = Pattern.compile("(?<![\\d.\\-/])\\d{1,2}([./\\-])\\d{1,2}\\1(?:\\d{4}|\\d{2})(?![\\d.\\-/])");
    private static final Pattern MONEY = Pattern.compile("(?<![\\d.,])[1-9]\\d{0,2}(?:([.,])\\d{3})(?:\\1\\d{3})*\\s?(?:đồng|vnđ|vnd|đ)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Six digits or more, written together or in groups (spaces, dots, dashes): "0912 345 678", "+84 912.345.678". */
    private static final Pattern LONG_NUMBER = Pattern.compile("\\+?\\d(?:[ .\\-]?\\d){5,}");
    private static final Pattern NOT_A_DIGIT = Pattern.compile("\\D");
    private static final int SHOWN = 3;

    private final DossierCodes codes;

    public PersonalNumbers(DossierCodes codes) {
        this.codes = codes;
    }

    /** The text with every long number masked but its last three digits, codes, references, dates and sums kept. */
    public String masked(String text) {
        if (text == null || text.isEmpty()) return text == null ? "" : text;
        List<Kept> kept = new ArrayList<>();
        codes.findAll(text).forEach(found -> kept.add(new Kept(found.start(), found.end(), found.code())));
        keep(REFERENCE, text, kept, true);
        keep(DATE, text, kept, false);
        keep(MONEY, text, kept, false);
        kept.sort(Comparator.comparingInt(Kept::start));
        StringBuilder shown = new StringBuilder(text.length());
        int at = 0;
        for (Kept k : kept) {
            if (k.start() < at) continue; // inside what was kept already (a date within a code)
            shown.append(maskedNumbers(text.substring(at, k.start()))).append(k.text());
            at = k.end();
        }
        return shown.append(maskedNumbers(text.substring(at))).toString();
    }

    private record Kept(int start, int end, String text) {
    }

    private static void keep(Pattern pattern, String text, List<Kept> kept, boolean upperCase) {
        Matcher m = pattern.matcher(text);
        while (m.find()) kept.add(new Kept(m.start(), m.end(), upperCase ? m.group().toUpperCase(Locale.ROOT) : m.group()));
    }

    private static String maskedNumbers(String text) {
        return LONG_NUMBER.matcher(text).replaceAll(m -> {
            String digits = NOT_A_DIGIT.matcher(m.group()).replaceAll("");
            return "*".repeat(digits.length() - SHOWN) + digits.substring(digits.length() - SHOWN);
        });
    }
}
