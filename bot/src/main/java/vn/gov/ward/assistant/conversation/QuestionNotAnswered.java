package vn.gov.ward.assistant.conversation;

import java.util.List;

/**
 * A citizen's question the assistant could not answer well: it declined it or had to ask which procedure was
 * meant. The ward's knowledge upkeep collects these to learn the words its citizens use.
 *
 * @param question    as the citizen typed it (personal numbers are masked by whoever keeps it)
 * @param offered     the procedure codes offered as choices, most likely first; empty when declined
 */
public record QuestionNotAnswered(String question, How how, List<String> offered) {

    public QuestionNotAnswered {
        offered = List.copyOf(offered);
    }

    public enum How { DECLINED, CLARIFIED }
}
