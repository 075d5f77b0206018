package vn.gov.ward.assistant.dossier;

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
        Matcher m = inText.matcher(canonicalSeparators(message));
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private static String canonical(String code) {
        return SPACES.matcher(code.strip().toUpperCase(Locale.ROOT)).replaceAll("");
    }

    private static String canonicalSeparators(String message) {
        return SPACED_SEPARATOR.matcher(message.toUpperCase(Locale.ROOT)).replaceAll("$1");
    }
}
