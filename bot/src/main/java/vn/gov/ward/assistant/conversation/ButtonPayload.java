package vn.gov.ward.assistant.conversation;

import java.util.Optional;
import java.util.Set;

/**
 * What a tapped button sends back as the citizen's next message, read once at the start of a turn.
 * Each payload has one wire form ({@link #wire()}), so a button made here is parsed back exactly,
 * a procedure code included.
 */
public sealed interface ButtonPayload {

    /** The text the button sends. */
    String wire();

    /** "1. Đăng ký khai sinh" among clarify choices: the procedure's full answer. */
    record ProcedureByCode(String code) implements ButtonPayload {
        public String wire() {
            return "PROC:" + code;
        }
    }

    /** "Xem đủ giấy tờ": every document group of a procedure. */
    record DocumentsOf(String code) implements ButtonPayload {
        public String wire() {
            return "DOCS:" + code;
        }
    }

    /** "Nộp trực tuyến?", "Kết quả nhận được": one aspect of a procedure. */
    record AspectOf(Aspect aspect, String code) implements ButtonPayload {
        public String wire() {
            return "ASK:" + aspect.name() + ":" + code;
        }
    }

    /** "Xem hướng dẫn". */
    record Help() implements ButtonPayload {
        public String wire() {
            return "HELP";
        }
    }

    /** "Gặp cán bộ": hand the conversation to the officer on duty. */
    record HandOff() implements ButtonPayload {
        public String wire() {
            return "HANDOFF";
        }
    }

    /** A score (1–5) on the satisfaction survey of a dossier. */
    record Rating(String dossierCode, int score) implements ButtonPayload {
        public String wire() {
            return "RATE:" + dossierCode + ":" + score;
        }
    }

    /** What mattered most after a rating; {@code aspect} names the survey's aspect. */
    record RatingAspect(String dossierCode, String aspect) implements ButtonPayload {
        public String wire() {
            return "RATEASPECT:" + dossierCode + ":" + aspect;
        }
    }

    /** "Bỏ qua" after a rating: no comment follows. */
    record RatingSkipped(String dossierCode) implements ButtonPayload {
        public String wire() {
            return "RATESKIP:" + dossierCode;
        }
    }

    /**
     * "Nhận thông báo qua Zalo": share the phone given with a dossier, so the chat is tied to the dossiers of that
     * phone. Offered on Zalo only, which shows it as its form for the user's phone rather than as a button.
     */
    record SharePhone() implements ButtonPayload {
        public String wire() {
            return "SHAREPHONE";
        }
    }

    /** "Chưa hữu ích" under an answer about a procedure: the question goes to the ward's knowledge upkeep. */
    record Unhelpful(String code) implements ButtonPayload {
        public String wire() {
            return "UNHELPFUL:" + code;
        }
    }

    /** One of our payloads that does not read as any of the above (an old or altered button). */
    record Unreadable(String wire) implements ButtonPayload {
    }

    /** The payload a message is, or empty for anything a citizen typed. */
    static Optional<ButtonPayload> parse(String text) {
        int colon = text.indexOf(':');
        String kind = colon < 0 ? text : text.substring(0, colon);
        String rest = colon < 0 ? null : text.substring(colon + 1).strip();
        if (!KINDS.contains(kind)) return Optional.empty();
        ButtonPayload payload = rest == null ? switch (kind) {
            case "HELP" -> new Help();
            case "HANDOFF" -> new HandOff();
            case "SHAREPHONE" -> new SharePhone();
            default -> null;
        } : rest.isEmpty() ? null : switch (kind) {
            case "PROC" -> new ProcedureByCode(rest);
            case "DOCS" -> new DocumentsOf(rest);
            case "ASK" -> aspectOf(rest);
            case "RATE" -> rest.matches("[^:]+:[1-5]") ? new Rating(beforeLastColon(rest), rest.charAt(rest.length() - 1) - '0') : null;
            case "RATEASPECT" -> rest.matches("[^:]+:[A-Z_]+") ? new RatingAspect(beforeLastColon(rest), afterLastColon(rest)) : null;
            case "RATESKIP" -> new RatingSkipped(rest);
            case "UNHELPFUL" -> new Unhelpful(rest);
            default -> null;
        };
        return Optional.of(payload == null ? new Unreadable(text) : payload);
    }

    /** The words before a payload's first colon; a message starting otherwise is the citizen's own. */
    Set<String> KINDS = Set.of("PROC", "DOCS", "ASK", "HELP", "HANDOFF", "RATE", "RATEASPECT", "RATESKIP", "UNHELPFUL", "SHAREPHONE");

    private static ButtonPayload aspectOf(String rest) {
        int colon = rest.indexOf(':');
        if (colon < 0 || colon == rest.length() - 1) return null;
        try {
            return new AspectOf(Aspect.valueOf(rest.substring(0, colon)), rest.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String beforeLastColon(String rest) {
        return rest.substring(0, rest.lastIndexOf(':'));
    }

    private static String afterLastColon(String rest) {
        return rest.substring(rest.lastIndexOf(':') + 1);
    }
}
