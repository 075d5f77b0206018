package vn.gov.ward.assistant.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.gov.ward.knowledge.catalogue.Procedure;

/**
 * The answer about a procedure the portal lists by name only (no documents, time or fee): what it is, who receives it
 * and who decides (from the portal's agencies: the ward receives what a higher agency decides), where to submit, the
 * official page and the office's phone; said plainly, without apologising for what the portal lacks.
 */
final class IndexOnlyAnswers {

    private static final Pattern WARD_LEVEL = Pattern.compile("(?:ủy|uỷ) ban nhân dân (?:cấp )?xã|ubnd (?:cấp )?xã",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WARD_AGENCY = Pattern.compile("xã|phường", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ALL_WARDS = Pattern.compile("(?:ủy|uỷ) ban nhân dân xã, phường, thị trấn\\.?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final ProcedureReplies replies;

    IndexOnlyAnswers(ProcedureReplies replies) {
        this.replies = replies;
    }

    /** What it is, who receives and who decides, where to submit, the official page, the phone for the documents, time and fee. */
    String summary(Procedure p) {
        StringBuilder text = new StringBuilder("📋 ").append(ProcedureReplies.title(p)).append("\n");
        if (p.field() != null) text.append("Thủ tục thuộc lĩnh vực ").append(p.field()).append(", thực hiện ở cấp xã.\n");
        text.append("\n🏛 ").append(whoHandles(p.agency()));
        text.append("\n📮 Nơi nộp: ").append(replies.counter()).append(".");
        text.append("\n📄 Giấy tờ, thời hạn và lệ phí: Ông/Bà xem trang chính thức dưới đây hoặc gọi ").append(replies.phone()).append(".");
        text.append("\n\n🔗 Trang chính thức: ").append(p.sourceUrl());
        return text.toString();
    }

    /** Who receives and who decides, from the portal's agencies: the ward receives what a higher agency decides. */
    private String whoHandles(String agency) {
        if (agency == null || agency.isBlank()) return "Cơ quan thực hiện: Cổng Dịch vụ công chưa ghi; thủ tục thực hiện ở cấp xã.";
        List<String> wardLevel = new ArrayList<>();
        List<String> higher = new ArrayList<>();
        for (String part : ALL_WARDS.matcher(agency).replaceAll("Ủy ban nhân dân cấp xã").split(",")) {
            String name = part.strip().replaceFirst("\\.$", "");
            List<String> level = WARD_AGENCY.matcher(name).find() ? wardLevel : higher;
            String shown = WARD_LEVEL.matcher(name).replaceFirst(Matcher.quoteReplacement(replies.officeName()));
            if (!name.isEmpty() && !level.contains(shown)) level.add(shown);
        }
        if (!wardLevel.isEmpty() && !higher.isEmpty()) {
            return "Tiếp nhận hồ sơ: " + String.join(", ", wardLevel) + ".\n⚖ Cơ quan quyết định: " + String.join(", ", higher) + ".";
        }
        if (!wardLevel.isEmpty()) return "Tiếp nhận và giải quyết: " + String.join(", ", wardLevel) + ".";
        return "Cơ quan giải quyết: " + String.join(", ", higher) + ".";
    }

}
