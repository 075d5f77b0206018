package vn.gov.ward.assistant.procedure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.gov.ward.knowledge.catalogue.DocumentGroup;
import vn.gov.ward.knowledge.catalogue.Fee;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.catalogue.RequiredDocument;
import vn.gov.ward.knowledge.catalogue.SubmissionChannel;
import vn.gov.ward.knowledge.ward.WardProfile;

/**
 * What a citizen reads about a procedure, in Vietnamese, short enough for a phone: the main
 * documents, time, fee, where and how to submit, and the official link.
 */
@Component
public class ProcedureReplies {

    /** Documents shown in the first answer; the rest behind "see more". */
    public static final int MAIN_DOCUMENTS = 4;
    private static final int DOCUMENT_NAME_LIMIT = 180;

    /** Opens with the case it is for ("Trường hợp trẻ em bị bỏ rơi…"). */
    private static final Pattern FOR_A_CASE = Pattern.compile("(trường hợp|đối với|nếu|khi)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Needed only in a case it names ("Văn bản ủy quyền … trong trường hợp ủy quyền", "… (nếu có)"). */
    private static final Pattern ONLY_IN_A_CASE = Pattern.compile("(trong|đối với) trường hợp|\\(nếu có\\)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final WardProfile ward;

    public ProcedureReplies(WardProfile ward) {
        this.ward = ward;
    }

    /** The full answer: every part a citizen needs to act. */
    public String summary(Procedure p) {
        StringBuilder text = new StringBuilder();
        text.append("📋 ").append(p.name()).append(" (mã ").append(p.code()).append(")\n");
        if (p.sourceKind() == Procedure.SourceKind.INDEX_ONLY) {
            text.append("\nCổng Dịch vụ công chưa công bố chi tiết thành phần hồ sơ, thời hạn và lệ phí của thủ tục này. ")
                    .append("Ông/Bà vui lòng xem trang chính thức hoặc liên hệ ").append(office()).append(".\n");
            text.append("\n🔗 Chi tiết chính thức: ").append(p.sourceUrl());
            return text.toString();
        }
        text.append("\n").append(documents(p, MAIN_DOCUMENTS)).append("\n");
        text.append("\n⏱ ").append(time(p));
        text.append("\n💰 ").append(fee(p));
        text.append("\n📮 ").append(where(p));
        text.append("\n\n🔗 Chi tiết chính thức: ").append(p.sourceUrl());
        return text.toString();
    }

    /** "Về thủ tục đăng ký khai sinh": most names open with "Thủ tục", which must not be said twice. */
    public static String about(Procedure p) {
        String name = p.name().regionMatches(true, 0, "Thủ tục ", 0, 8) ? p.name().substring(8) : p.name();
        return "Về thủ tục " + name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    /**
     * "Giấy tờ cần chuẩn bị": with a limit, the documents everyone brings come first and the ones
     * for particular cases ("Trường hợp…", "… trong trường hợp ủy quyền", "… (nếu có)") after; without
     * one (limit 0), every group in full.
     */
    public String documents(Procedure p, int limit) {
        List<RequiredDocument> all = p.documents();
        if (all.isEmpty()) {
            return "Giấy tờ cần chuẩn bị: Cổng Dịch vụ công chưa ghi thành phần hồ sơ; Ông/Bà vui lòng hỏi " + office() + ".";
        }
        StringBuilder text = new StringBuilder("Giấy tờ cần chuẩn bị:");
        if (limit == 0) {
            for (DocumentGroup group : p.documentGroups()) {
                if (group.documents().isEmpty()) continue;
                if (group.heading() != null) text.append("\n").append(group.heading()).append(":");
                group.documents().forEach(d -> text.append(line(d)));
            }
            return text.toString();
        }
        List<RequiredDocument> main = all.stream().sorted(Comparator.comparing(ProcedureReplies::forParticularCase)).limit(limit).toList();
        main.forEach(d -> text.append(line(d)));
        if (main.size() < all.size()) {
            text.append("\n… và ").append(all.size() - main.size()).append(" giấy tờ khác tùy trường hợp (bấm \"Xem đủ giấy tờ\").");
        }
        return text.toString();
    }

    private static String line(RequiredDocument d) {
        return "\n• " + shorten(d.name()) + (d.quantity().isEmpty() ? "" : " (" + d.quantity() + ")");
    }

    private static boolean forParticularCase(RequiredDocument d) {
        return FOR_A_CASE.matcher(d.name()).lookingAt() || ONLY_IN_A_CASE.matcher(d.name()).find();
    }

    public String time(Procedure p) {
        return "Thời hạn giải quyết: " + p.processingTime().text()
                .orElse("Cổng Dịch vụ công chưa ghi rõ; Ông/Bà vui lòng hỏi " + office() + ".");
    }

    public String fee(Procedure p) {
        Fee fee = p.fee();
        return "Lệ phí: " + switch (fee.kind()) {
            case FREE -> "không thu phí.";
            case CHARGED -> fee.amount() + (fee.note() == null ? "" : " (" + shorten(fee.note()) + ")") + ".";
            case SET_ELSEWHERE -> "theo mức do cơ quan có thẩm quyền quy định"
                    + (fee.note() == null ? "" : " (" + shorten(fee.note()) + ")")
                    + "; Ông/Bà vui lòng hỏi " + office() + " mức thu hiện hành.";
            case UNKNOWN -> "Cổng Dịch vụ công chưa ghi rõ; Ông/Bà vui lòng hỏi " + office() + ".";
        };
    }

    public String where(Procedure p) {
        List<String> ways = new ArrayList<>();
        WardProfile.Office o = ward.office();
        for (SubmissionChannel channel : p.channels().stream().sorted().toList()) {
            ways.add(switch (channel) {
                case IN_PERSON -> "trực tiếp tại " + (o.address() == null ? o.name() : o.address())
                        + (o.hours() == null ? "" : " (" + o.hours() + ")");
                case ONLINE -> "trực tuyến tại " + (o.onlineSubmissionUrl() == null ? "Cổng Dịch vụ công" : o.onlineSubmissionUrl());
                case POST -> "qua dịch vụ bưu chính";
            });
        }
        if (ways.isEmpty()) return "Nơi nộp: " + office() + (o.address() == null ? "" : ", " + o.address()) + ".";
        return "Cách nộp: " + String.join("; ", ways) + ".";
    }

    public String online(Procedure p) {
        if (p.onlineSubmission()) {
            String url = ward.office().onlineSubmissionUrl();
            return "Thủ tục này nộp trực tuyến được" + (url == null ? " trên Cổng Dịch vụ công." : " tại " + url + ".");
        }
        return "Theo Cổng Dịch vụ công, thủ tục này chưa nộp trực tuyến được. " + where(p);
    }

    public String result(Procedure p) {
        return "Kết quả: " + (p.result() == null ? "Cổng Dịch vụ công chưa ghi rõ." : p.result());
    }

    /** The office and its phone, as a citizen is told to contact it. */
    public String office() {
        WardProfile.Office o = ward.office();
        return o.name() + (o.phone() == null ? "" : " (điện thoại " + o.phone() + ")");
    }

    private static String shorten(String text) {
        if (text.length() <= DOCUMENT_NAME_LIMIT) return text;
        int cut = text.lastIndexOf(' ', DOCUMENT_NAME_LIMIT);
        return text.substring(0, cut > 0 ? cut : DOCUMENT_NAME_LIMIT).replaceAll("[,;:]$", "") + "…";
    }

}
