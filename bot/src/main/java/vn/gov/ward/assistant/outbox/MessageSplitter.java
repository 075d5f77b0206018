package vn.gov.ward.assistant.outbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long answer into messages a channel accepts (Zalo 2,000 characters, Telegram 4,096),
 * at the most natural boundary that fits: a blank line, a line break, a sentence end, a space.
 */
public final class MessageSplitter {

    private static final String[] BOUNDARIES = {"\n\n", "\n", ". ", "; ", ", ", " "};

    private MessageSplitter() {
    }

    public static List<String> split(String text, int maxLength) {
        List<String> parts = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > maxLength) {
            int cut = cutPoint(rest, maxLength);
            parts.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) parts.add(rest);
        return parts;
    }

    private static int cutPoint(String text, int maxLength) {
        for (String boundary : BOUNDARIES) {
            int at = text.lastIndexOf(boundary, maxLength - boundary.length());
            // A boundary in the first half would leave a stub of a message: try a finer one.
            if (at > maxLength / 2) return at + boundary.length();
        }
        return maxLength;
    }
}
