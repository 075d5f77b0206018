package vn.gov.ward.assistant.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Dossier codes as the province's system issues them (the accepted pattern is configurable),
 * recognised anywhere in a citizen's message, in lower case or with spaces around the separators.
 */
@Component
public class DossierCodes {

    private static final Pattern SPACED_SEPARATOR = Pattern.compile("\\s*([.\\-])\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Pattern pattern;
    private final Pattern inText;

    public DossierCodes(@Value("${assistant.dossier-code-pattern:[0-9A-Z]{2,6}(?:\\.[0-9A-Z]{1,6}){1,4}-\\d{6}-\\d{4}}") String regex) {
        this.pattern = Pattern.compile(regex);
        this.inText = Pattern.compile("(?<![0-9A-Z.\\-])(?:" + regex + ")(?![0-9A-Z\\-])");
    }

    /** The code in its canonical form (upper case, no spaces), if it is one. */
    public Optional<String> parse(String code) {
        if (code == null) return Optional.empty();
        String canonical = canonical(code);
        return pattern.matcher(canonical).matches() ? Optional.of(canonical) : Optional.empty();
    }

    /** The first dossier code in a message, canonical. */
    public Optional<String> find(String message) {
        return findAll(message).stream().findFirst().map(Found::code);
    }

    /**
     * A dossier code found in a message.
     *
     * @param code  canonical (upper case, no spaces)
     * @param start where it begins in the message as typed
     * @param end   where it ends (exclusive) in the message as typed
     */
    public record Found(String code, int start, int end) {
    }

    /** Every dossier code in a message, however typed (lower case, spaces around the separators), with where it is. */
    public List<Found> findAll(String message) {
        // The message with its separators closed up and in upper case, and for each of its characters where it was typed.
        StringBuilder canonical = new StringBuilder(message.length());
        int[] typedAt = new int[message.length() + 1];
        Matcher separator = SPACED_SEPARATOR.matcher(message);
        int at = 0;
        while (separator.find()) {
            copyUpperCase(message, at, separator.start(), canonical, typedAt);
            typedAt[canonical.length()] = separator.start(1);
            canonical.append(separator.group(1));
            at = separator.end();
        }
        copyUpperCase(message, at, message.length(), canonical, typedAt);
        List<Found> found = new ArrayList<>();
        Matcher m = inText.matcher(canonical);
        while (m.find()) found.add(new Found(m.group(), typedAt[m.start()], typedAt[m.end() - 1] + 1));
        return found;
    }

    private static void copyUpperCase(String message, int from, int to, StringBuilder canonical, int[] typedAt) {
        for (int i = from; i < to; i++) {
            typedAt[canonical.length()] = i;
            canonical.append(Character.toUpperCase(message.charAt(i)));
        }
    }

    private static String canonical(String code) {
        return SPACES.matcher(code.strip().toUpperCase(Locale.ROOT)).replaceAll("");
    }
}
