package vn.gov.ward.assistant.channel.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a message in Telegram's HTML into parts Telegram accepts each on its own: at most {@code max}
 * characters of HTML (at least as many as Telegram counts once the tags are parsed), cut between tags
 * and entities ({@code &amp;} is never halved) at the most natural boundary of the text that fits (a
 * blank line, a line, a sentence, a clause, a word); the tags open at a cut are closed there and opened
 * again at the start of the next part, so bold stays bold and a link stays a link across the cut.
 */
final class TelegramHtml {

    private static final String[] BOUNDARIES = {"\n\n", "\n", ". ", "; ", ", ", " "};

    private TelegramHtml() {
    }

    /** A tag open at some point: its name and the whole opening tag, attributes included. */
    private record Tag(String name, String opening) {
    }

    /** Where a part ends, and the tags open there. */
    private record Cut(int at, List<Tag> open) {
    }

    /** @throws IllegalArgumentException when not even the tags open at a cut and one character fit in {@code max} */
    static List<String> split(String html, int max) {
        String text = html.strip();
        List<String> parts = new ArrayList<>();
        if (text.isEmpty()) return parts;
        int lastText = lastTextIndex(text);
        List<Tag> open = List.of();
        int pos = 0;
        while (true) {
            String reopened = open.stream().map(Tag::opening).reduce("", String::concat);
            if (reopened.length() + text.length() - pos <= max || pos > lastText) {
                parts.add(reopened + text.substring(pos));
                return parts;
            }
            Cut cut = cut(text, pos, open, max - reopened.length(), lastText);
            parts.add(reopened + text.substring(pos, cut.at()).stripTrailing() + closing(cut.open()));
            open = cut.open();
            pos = cut.at();
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
        }
    }

    /**
     * The best place to end a part that starts at {@code pos} with {@code open} tags reopened: the furthest cut after the
     * most natural boundary in the second half of what fits, else the furthest cut that fits at all. Text must remain
     * after it, so no part is only tags.
     */
    private static Cut cut(String html, int pos, List<Tag> open, int budget, int lastText) {
        List<Tag> stack = new ArrayList<>(open);
        Cut[] afterBoundary = new Cut[BOUNDARIES.length];
        Cut furthest = null;
        int i = pos;
        while (i <= lastText) {
            if (i > pos) {
                if ((i - pos) + closing(stack).length() > budget) break;
                Cut here = new Cut(i, List.copyOf(stack));
                furthest = here;
                for (int b = 0; b < BOUNDARIES.length; b++) {
                    if (html.startsWith(BOUNDARIES[b], i - BOUNDARIES[b].length())) afterBoundary[b] = here;
                }
            }
            int end = tokenEnd(html, i);
            if (html.charAt(i) == '<') track(stack, html.substring(i, end));
            i = end;
        }
        for (Cut c : afterBoundary) {
            // A boundary in the first half would leave a stub of a message: try a finer one.
            if (c != null && c.at() - pos > budget / 2) return c;
        }
        if (furthest == null) throw new IllegalArgumentException("a part of this message does not fit in " + budget + " characters");
        return furthest;
    }

    /** The end of the token at {@code i}: a whole tag, a whole entity, or one character (a surrogate pair kept whole). */
    private static int tokenEnd(String html, int i) {
        char c = html.charAt(i);
        if (c == '<') {
            int close = html.indexOf('>', i);
            return close < 0 ? html.length() : close + 1;
        }
        if (c == '&') {
            int semicolon = html.indexOf(';', i);
            if (semicolon > i && semicolon - i <= 10) return semicolon + 1;
        }
        return Character.isHighSurrogate(c) && i + 1 < html.length() ? i + 2 : i + 1;
    }

    private static void track(List<Tag> stack, String tag) {
        if (tag.startsWith("</")) {
            String name = name(tag.substring(2));
            for (int k = stack.size() - 1; k >= 0; k--) {
                if (stack.get(k).name().equals(name)) {
                    stack.remove(k);
                    return;
                }
            }
        } else if (!tag.endsWith("/>")) {
            stack.add(new Tag(name(tag.substring(1)), tag));
        }
    }

    private static String name(String afterBracket) {
        int end = 0;
        while (end < afterBracket.length()
                && (Character.isLetterOrDigit(afterBracket.charAt(end)) || afterBracket.charAt(end) == '-')) end++;
        return afterBracket.substring(0, end).toLowerCase();
    }

    private static String closing(List<Tag> open) {
        StringBuilder closing = new StringBuilder();
        for (int k = open.size() - 1; k >= 0; k--) closing.append("</").append(open.get(k).name()).append('>');
        return closing.toString();
    }

    /** The index of the last character of text (outside tags) that is not white space, or -1. */
    private static int lastTextIndex(String html) {
        int last = -1;
        for (int i = 0; i < html.length(); ) {
            int end = tokenEnd(html, i);
            if (html.charAt(i) != '<' && !Character.isWhitespace(html.charAt(i))) last = i;
            i = end;
        }
        return last;
    }
}
