package vn.gov.ward.assistant.handoff;

import static vn.gov.ward.assistant.officer.OfficerMessages.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.conversation.CitizenMessages;
import vn.gov.ward.assistant.conversation.Transcripts;
import vn.gov.ward.assistant.conversation.Turn;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierCodes;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.dossier.PersonalNames;
import vn.gov.ward.assistant.dossier.PersonalNumbers;

/**
 * What the officer taking a conversation reads first, short enough to take in at a glance: who (the
 * channel, and the applicant's masked name when the Zalo account is tied to dossiers), which dossier,
 * what they asked, and the last few turns (the assistant's long answers cut to their first line).
 * Numbers the citizen typed are masked, codes whole.
 */
@Component
class HandOffSummary {

    static final int TURNS = 4;
    private static final int CITIZEN_LINE = 200;
    private static final int ASSISTANT_LINE = 100;

    private final Transcripts transcripts;
    private final DossierService dossiers;
    private final DossierCodes codes;
    private final PersonalNumbers personalNumbers;

    HandOffSummary(Transcripts transcripts, DossierService dossiers, DossierCodes codes, PersonalNumbers personalNumbers) {
        this.transcripts = transcripts;
        this.dossiers = dossiers;
        this.codes = codes;
        this.personalNumbers = personalNumbers;
    }

    /**
     * The first message of a hand-off (Telegram HTML).
     *
     * @param request what the citizen wrote to ask for an officer, or empty when it said nothing more (the button, "gặp cán bộ")
     */
    String forOfficer(String id, String conversationId, String request) {
        List<String> lines = transcripts.of(conversationId);
        Optional<Dossier> dossier = dossierOf(conversationId, lines);
        StringBuilder html = new StringBuilder("👤 <b>Công dân cần gặp cán bộ</b> – ").append(id)
                .append("\nNgười hỏi: ").append(escape(who(conversationId, dossier)));
        dossier.ifPresent(d -> html.append("\nHồ sơ: <code>").append(escape(d.code())).append("</code> – ")
                .append(escape(dossiers.procedure(d.procedureCode()).name())).append(" – ").append(escape(d.status().label()))
                .append(d.status().isClosed() || !dossiers.timeliness(d).late() ? "" : " (quá hạn)"));
        String asked = request.isBlank() ? lastAsked(lines) : personalNumbers.masked(request);
        if (!asked.isBlank()) html.append("\nHỏi: ").append(escape(cut(asked, CITIZEN_LINE)));
        List<String> recent = recentTurns(lines);
        if (!recent.isEmpty()) html.append("\n\n<b>Gần đây</b>");
        recent.forEach(line -> html.append('\n').append(escape(line)));
        return html.append("\n\n↩️ Trả lời (Reply) tin này để nhắn cho công dân; bấm \"Kết thúc\" khi xong.").toString();
    }

    /** The last turns for a ticket opened instead (plain text), empty when there were none. */
    String forTicket(String conversationId) {
        List<String> recent = recentTurns(transcripts.of(conversationId));
        return recent.isEmpty() ? "" : "\n\nTrao đổi gần đây:\n" + String.join("\n", recent);
    }

    private static List<String> recentTurns(List<String> lines) {
        List<String> recent = new ArrayList<>();
        for (String line : lines.subList(Math.max(0, lines.size() - TURNS), lines.size())) {
            recent.add(line.startsWith(Transcripts.ASSISTANT) ? cut(line.lines().findFirst().orElse(""), ASSISTANT_LINE) : cut(line, CITIZEN_LINE));
        }
        return recent;
    }

    /** What the citizen last wrote themselves (a tapped button asks nothing). */
    private static String lastAsked(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.startsWith(Transcripts.CITIZEN) && !line.startsWith(Transcripts.CITIZEN + Turn.TAPPED)) {
                return line.substring(Transcripts.CITIZEN.length());
            }
        }
        return "";
    }

    /** The dossier last named in the conversation, else the one the citizen's Zalo account is tied to (the latest open). */
    private Optional<Dossier> dossierOf(String conversationId, List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            List<DossierCodes.Found> named = codes.findAll(lines.get(i));
            if (!named.isEmpty()) {
                Optional<Dossier> d = dossiers.find(named.get(named.size() - 1).code());
                if (d.isPresent()) return d;
            }
        }
        List<Dossier> tied = tiedTo(conversationId);
        return tied.stream().filter(d -> !d.status().isClosed()).findFirst().or(() -> tied.stream().findFirst());
    }

    private List<Dossier> tiedTo(String conversationId) {
        return conversationId.startsWith("zalo:") ? dossiers.ofZaloUser(conversationId.substring("zalo:".length())) : List.of();
    }

    private String who(String conversationId, Optional<Dossier> dossier) {
        String channel = switch (CitizenMessages.channelOf(conversationId)) {
            case "zalo" -> "Zalo";
            case "web" -> "trang web";
            default -> CitizenMessages.channelOf(conversationId);
        };
        // A name only for the Zalo account the dossier is tied to: the citizen proved to be its applicant.
        return dossier.filter(d -> conversationId.equals("zalo:" + d.applicant().zaloUserId()))
                .map(d -> PersonalNames.masked(d.applicant().name()) + " (" + channel + ")").orElse("công dân trên " + channel);
    }

    private static String cut(String line, int max) {
        if (line.length() <= max) return line;
        int space = line.lastIndexOf(' ', max - 1);
        return line.substring(0, space > max / 2 ? space : max - 1).strip() + "…";
    }
}
