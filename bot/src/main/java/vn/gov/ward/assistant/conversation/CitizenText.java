package vn.gov.ward.assistant.conversation;

import java.util.regex.Pattern;

import vn.gov.ward.assistant.dossier.PersonalNumbers;
import vn.gov.ward.knowledge.analysis.VietnameseText;

/** How citizens' messages are compared with phrases: folded once per message, with patterns compiled once. */
final class CitizenText {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9/ ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private CitizenText() {
    }

    /** Lower case without tone marks or punctuation, spaces collapsed. */
    static String fold(String text) {
        return SPACES.matcher(NOT_A_WORD.matcher(VietnameseText.fold(text)).replaceAll(" ").strip()).replaceAll(" ");
    }
}
