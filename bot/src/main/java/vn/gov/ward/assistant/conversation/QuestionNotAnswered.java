package vn.gov.ward.assistant.conversation;

import java.util.List;

/**
 * A citizen's question the assistant could not answer well: it declined it, had to ask which procedure was
 * meant, or answered and the citizen tapped "Chưa hữu ích". The ward's knowledge upkeep collects these to learn
 * the words its citizens use.
 *
 * @param question    as the citizen typed it (personal numbers are masked by whoever keeps it)
 * @param offered     the procedure codes offered as choices (or answered with), most likely first; empty when declined
 */
public record QuestionNotAnswered(String question, How how, List<String> offered) {

    public QuestionNotAnswered {
        offered = List.copyOf(offered);
    }

    public enum How { DECLINED, CLARIFIED, UNHELPFUL }
}
