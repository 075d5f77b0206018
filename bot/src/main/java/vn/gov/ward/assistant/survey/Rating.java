package vn.gov.ward.assistant.survey;

import java.time.Instant;
import java.util.Optional;

/**
 * A citizen's satisfaction with how a dossier was handled: one per dossier, whatever the path.
 *
 * @param channel    where it came from: {@code zalo} (chat buttons), {@code zns} (rating template), {@code web} (the rating page)
 * @param score      1 (rất không hài lòng) to 5 (rất hài lòng)
 * @param aspect     what mattered most, or null
 * @param returnedAt when the result was returned: the period the rating counts in
 */
record Rating(String dossierCode, String procedureCode, String officerId, String channel, int score, String comment,
                     Aspect aspect, Instant ratedAt, Instant returnedAt) {

    /** Satisfied: the top two points of five. */
    public boolean satisfied() {
        return score >= 4;
    }

    public enum Aspect {
        TIME("Thời gian giải quyết"), ATTITUDE("Thái độ công chức"), PROCEDURE("Thủ tục"), FACILITIES("Cơ sở vật chất");

        private final String label;

        Aspect(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The aspect of this name, or empty for a name that is none. */
        static Optional<Aspect> named(String name) {
            for (Aspect aspect : values()) if (aspect.name().equals(name)) return Optional.of(aspect);
            return Optional.empty();
        }
    }

    static final String[] LABELS = {"Rất không hài lòng", "Không hài lòng", "Bình thường", "Hài lòng", "Rất hài lòng"};

    Rating withComment(String text) {
        return new Rating(dossierCode, procedureCode, officerId, channel, score, text, aspect, ratedAt, returnedAt);
    }

    Rating withAspect(Aspect a) {
        return new Rating(dossierCode, procedureCode, officerId, channel, score, comment, a, ratedAt, returnedAt);
    }
}
