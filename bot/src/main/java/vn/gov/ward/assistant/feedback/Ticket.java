package vn.gov.ward.assistant.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.gov.ward.knowledge.analysis.VietnameseText;

/**
 * A citizen's feedback (phản ánh, kiến nghị, góp ý) or a request to talk to an officer outside office
 * hours, routed to the officer responsible for its field, answered back on the citizen's channel.
 *
 * @param conversationId     the citizen's channel and user, where answers go
 * @param field              the administrative field it was routed by, or null when none was recognised
 * @param officerId          who answers it: the officer of the dossier it names, else of its field
 * @param dossierCode        the dossier it is about, or null
 * @param officerConcernedId the officer whose conduct or delay it complains of (their leader hears of it too), or null
 * @param dueAt              when the citizen should have an answer
 */
public record Ticket(String code, Kind kind, String conversationId, String text, String field, String officerId, String dossierCode,
                     String officerConcernedId, Status status, Instant createdAt, Instant dueAt, List<Answer> answers) {

    public Ticket {
        answers = List.copyOf(answers);
    }

    public enum Kind {
        PHAN_ANH("phản ánh"), KIEN_NGHI("kiến nghị"), GOP_Y("góp ý"), GAP_CAN_BO("yêu cầu gặp cán bộ");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /**
         * What follows this kind's two-word label at the start of a message ("Phản ánh: đèn đường hỏng" →
         * "đèn đường hỏng"); a message that does not open with it is all content.
         */
        String contentOf(String text) {
            String[] words = text.strip().split("\\s+", 3);
            boolean opens = words.length >= 2
                    && NOT_A_LETTER.matcher(VietnameseText.fold(words[0] + " " + words[1])).replaceAll("").equals(VietnameseText.fold(label));
            if (!opens) return text.strip();
            return words.length < 3 ? "" : LEADING_PUNCTUATION.matcher(words[2]).replaceFirst("");
        }
    }

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z ]+");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[:\\-–,.\\s]+");

    public enum Status { OPEN, ANSWERED, CLOSED }

    public record Answer(String officerId, String text, Instant at) {
    }

    /** When the citizen first had an answer, or null while none was sent. */
    public Instant firstAnsweredAt() {
        return answers.isEmpty() ? null : answers.get(0).at();
    }

    Ticket answered(Answer answer) {
        List<Answer> all = new ArrayList<>(answers);
        all.add(answer);
        return new Ticket(code, kind, conversationId, text, field, officerId, dossierCode, officerConcernedId,
                status == Status.CLOSED ? status : Status.ANSWERED, createdAt, dueAt, all);
    }

    Ticket closed() {
        return new Ticket(code, kind, conversationId, text, field, officerId, dossierCode, officerConcernedId, Status.CLOSED, createdAt,
                dueAt, answers);
    }
}
