package vn.gov.ward.assistant.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Long answers as messages every citizen channel takes whole (Zalo's 2,000 characters are the smallest limit):
 * paragraphs packed in order and never cut; a section too long for one message goes on in the next under its
 * heading, a document too long for one between its sentences or listed items.
 */
final class Messages {

    /** Where a document too long for one message may go on in the next: after a sentence or a semicolon, before a listed item; never after a colon, which would leave a list without its items. */
    private static final Pattern PIECE_END = Pattern.compile("[.;]\\s(?=[+\\p{Lu}])|\\s(?=\\+\\s)");

    /** Room kept in every message for an answer's title, which never stands alone in a message. */
    static final int TITLE_ROOM = 320;
    /** The longest a paragraph may be: with the title it still fits one message. */
    private static final int PARAGRAPH_LIMIT = ProcedureReplies.MESSAGE_LIMIT - TITLE_ROOM;

    private Messages() {
    }

    /**
     * The title and the paragraphs packed into messages of at most {@link ProcedureReplies#MESSAGE_LIMIT}, in order,
     * never cut inside one; the title (at most {@link #TITLE_ROOM} characters) opens the first with the first paragraph.
     */
    static List<String> pack(String title, List<String> paragraphs) {
        List<String> messages = new ArrayList<>();
        StringBuilder message = new StringBuilder(title);
        boolean titleOnly = true;
        for (String paragraph : paragraphs) {
            if (!titleOnly && message.length() + 2 + paragraph.length() > ProcedureReplies.MESSAGE_LIMIT) {
                messages.add(message.toString());
                message = new StringBuilder();
            }
            message.append(message.isEmpty() ? "" : "\n\n").append(paragraph);
            titleOnly = false;
        }
        messages.add(message.toString());
        return messages;
    }

    /**
     * A section as paragraphs that fit a message with the title, the heading repeated on the next ("(tiếp)"); a document
     * longer than a message goes on in the next one, cut between its sentences or the items it lists.
     */
    static List<String> chunks(String heading, List<String> lines) {
        List<String> chunks = new ArrayList<>();
        String next = heading == null ? "" : heading.replaceFirst(":$", " (tiếp):");
        StringBuilder chunk = new StringBuilder(heading == null ? "" : heading);
        for (String line : lines) {
            for (String piece : pieces(line, PARAGRAPH_LIMIT - next.length() - 1)) {
                if (chunk.length() + 1 + piece.length() > PARAGRAPH_LIMIT && !chunk.isEmpty()) {
                    chunks.add(chunk.toString());
                    chunk = new StringBuilder(next);
                }
                chunk.append(chunk.isEmpty() ? "" : "\n").append(piece);
            }
        }
        if (!chunk.isEmpty()) chunks.add(chunk.toString());
        return chunks;
    }

    /** A line as pieces of at most {@code limit}, cut after a sentence or before a listed item ("+ …"), never inside a word. */
    private static List<String> pieces(String line, int limit) {
        List<String> pieces = new ArrayList<>();
        String rest = line;
        while (rest.length() > limit) {
            int cut = -1;
            Matcher end = PIECE_END.matcher(rest);
            while (end.find() && end.end() <= limit) cut = end.end();
            if (cut <= 0) cut = rest.lastIndexOf(' ', limit);
            pieces.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        pieces.add(rest);
        return pieces;
    }

}
