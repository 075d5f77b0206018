package vn.gov.ward.assistant.procedure;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.gov.ward.knowledge.catalogue.Fee;
import vn.gov.ward.knowledge.catalogue.LegalReference;
import vn.gov.ward.knowledge.catalogue.ProcessingTime;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.catalogue.SubmissionChannel;
import vn.gov.ward.knowledge.catalogue.TimeLimit;
import vn.gov.ward.knowledge.ward.WardProfile;

/**
 * What a citizen reads about a procedure, whatever the channel: the first answer fits a phone screen
 * (the main documents, time, fee, where to submit, the office's phone, the official link); "Xem đủ giấy tờ"
 * gives every document whole, by case, in messages no channel has to cut; one line for each aspect asked
 * after; the legal basis on request. Where the catalogue lacks something the line says so and gives the phone.
 */
@Component
public class ProcedureReplies {

    /** About what a phone shows without scrolling: the first message of an answer is never longer. */
    public static final int PHONE_SCREEN = 900;
    /** Zalo's limit, the smallest of the citizens' channels (Telegram's is 4,096): no message of an answer is longer. */
    public static final int MESSAGE_LIMIT = 2_000;
    private static final int NAME_LINE = 250;
    private static final int NOTE_LINE = 160;
    /** Where a line of the first answer sends the citizen to the office: its phone is on a line of its own. */
    private static final String ASK = " — Ông/Bà vui lòng hỏi Bộ phận Một cửa.";
    private final WardProfile ward;
    private final IndexOnlyAnswers indexOnly = new IndexOnlyAnswers(this);
    /** Each procedure's documents sorted once, not for each answer; a procedure changed from the console is a new object. */
    private final Map<String, Sorted> documentLists = new ConcurrentHashMap<>();

    private record Sorted(Procedure procedure, DocumentList documents) {
    }

    public ProcedureReplies(WardProfile ward) {
        this.ward = ward;
    }

    /** The first answer: the main documents, time, fee, where, the phone and the link, within a phone screen. */
    public String summary(Procedure p) {
        if (p.sourceKind() == Procedure.SourceKind.INDEX_ONLY) return indexOnly.summary(p);
        String head = "📋 " + title(p) + "\n\n";
        // The office's phone once, on its own line: the lines above send the citizen to the office without repeating it.
        String tail = "\n\n⏱ " + timeLine(p, ASK) + "\n💰 " + feeLine(p, ASK) + "\n📮 " + ways(p)
                + (p.wardNote() == null ? "" : "\n📌 " + p.wardNote()) + "\n☎ " + phone()
                + "\n\n🔗 Chi tiết chính thức: " + p.sourceUrl();
        Iterator<String> documents = DocumentReplies.firstMessage(documentsOf(p), ASK);
        String text;
        do {
            text = head + documents.next() + tail;
        } while (text.length() > PHONE_SCREEN && documents.hasNext());
        return text;
    }

    /** Whether "Xem đủ giấy tờ" shows more than the first answer: documents left out or shortened, or notes. */
    public boolean moreDocuments(Procedure p) {
        return DocumentReplies.more(documentsOf(p));
    }

    /** "Xem đủ giấy tờ": every document whole, what everyone brings first, then each case, then a note or two; in messages that fit every channel. */
    public List<String> documents(Procedure p) {
        String empty = "Cổng Dịch vụ công chưa ghi thành phần hồ sơ của thủ tục này. Ông/Bà xem trang chính thức " + p.sourceUrl()
                + " hoặc hỏi " + office() + ".";
        return DocumentReplies.all(documentsOf(p), "📄 Giấy tờ cần chuẩn bị — " + shortAbout(p) + ":", empty);
    }

    DocumentList documentsOf(Procedure p) {
        Sorted sorted = documentLists.get(p.code());
        if (sorted != null && sorted.procedure() == p) return sorted.documents();
        DocumentList documents = DocumentList.of(p);
        documentLists.put(p.code(), new Sorted(p, documents));
        return documents;
    }

    /** "Về thủ tục đăng ký khai sinh": most names open with "Thủ tục", which must not be said twice. */
    public static String about(Procedure p) {
        String name = p.name().regionMatches(true, 0, "Thủ tục ", 0, 8) ? p.name().substring(8) : p.name();
        return "Về thủ tục " + lowerFirst(name);
    }

    /** "thủ tục đăng ký khai sinh" for a title, a very long name shortened at a clause so the title fits {@link Messages#TITLE_ROOM}. */
    private static String shortAbout(Procedure p) {
        return Clauses.shortenNote(lowerFirst(about(p).substring(3)), NAME_LINE);
    }

    /** The time per way of submitting where they differ; what the portal printed without a unit said as such. */
    public String time(Procedure p) {
        return timeLine(p, askWithPhone());
    }

    private String timeLine(Procedure p, String ask) {
        ProcessingTime time = p.processingTime();
        String text;
        if (time.differsByChannel()) {
            Map<String, List<String>> channelsByTime = new LinkedHashMap<>();
            for (SubmissionChannel channel : SubmissionChannel.values()) {
                List<TimeLimit> limits = time.byChannel().stream().filter(c -> c.channel() == channel).map(ProcessingTime.ChannelLimit::limit).toList();
                if (!limits.isEmpty()) channelsByTime.computeIfAbsent(either(new ProcessingTime(limits, List.of(), null)), k -> new ArrayList<>()).add(channel.inWords());
            }
            List<String> each = new ArrayList<>();
            channelsByTime.forEach((limit, channels) -> each.add(String.join(", ", channels) + " " + limit));
            // "Trực tiếp 15, trực tuyến, qua bưu chính 20 ngày" would read as three ways: the unit is said once only when each time is one way's.
            boolean oneWayEach = channelsByTime.values().stream().allMatch(channels -> channels.size() == 1);
            text = upperFirst(oneWayEach && oneUnit(each) ? String.join(", ", each.stream().map(e -> e.substring(0, e.lastIndexOf(unitOf(e)) - 1)).toList())
                    + " " + unitOf(each.get(0)) : String.join("; ", each));
        } else if (time.known()) {
            text = either(time) + (time.limits().size() > 1 ? " (tùy trường hợp)" : "");
        } else if (time.unitless() != null) {
            text = "Cổng Dịch vụ công ghi \"" + time.unitless() + "\", không ghi đơn vị (ngày hay ngày làm việc)" + ask;
        } else {
            text = "Cổng Dịch vụ công chưa ghi thời hạn" + ask;
        }
        return "Thời hạn giải quyết: " + text;
    }

    /** "Trực tiếp 27, trực tuyến 17 ngày làm việc" when every way takes one time in the same unit. */
    private static boolean oneUnit(List<String> channelTimes) {
        return channelTimes.stream().noneMatch(t -> t.contains(" hoặc ")) && channelTimes.stream().map(ProcedureReplies::unitOf).distinct().count() == 1;
    }

    private static String unitOf(String channelTime) {
        for (TimeLimit.Unit unit : TimeLimit.Unit.values()) if (channelTime.endsWith(" " + unit.label())) return unit.label();
        return "";
    }

    /** "2 hoặc 5 ngày làm việc", "1 giờ làm việc, 2 hoặc 7 ngày làm việc". */
    private static String either(ProcessingTime time) {
        Map<TimeLimit.Unit, List<String>> amountsByUnit = new LinkedHashMap<>();
        for (TimeLimit limit : time.ascending()) {
            String text = limit.text();
            amountsByUnit.computeIfAbsent(limit.unit(), u -> new ArrayList<>())
                    .add(limit.unit() == TimeLimit.Unit.IMMEDIATE ? text : text.substring(0, text.indexOf(' ')));
        }
        List<String> each = new ArrayList<>();
        amountsByUnit.forEach((unit, amounts) -> each.add(unit == TimeLimit.Unit.IMMEDIATE ? amounts.get(0)
                : String.join(" hoặc ", amounts) + " " + unit.label()));
        return String.join(", ", each);
    }

    /** One line, the amount first; the portal's legal note is behind "Căn cứ". */
    public String fee(Procedure p) {
        return feeLine(p, askWithPhone());
    }

    private String feeLine(Procedure p, String ask) {
        Fee fee = p.fee();
        String note = fee.note() == null ? "" : "; " + Clauses.shortenNote(fee.note(), NOTE_LINE);
        return "Lệ phí: " + switch (fee.kind()) {
            case FREE -> sentence("Không mất phí" + note);
            case CHARGED -> sentence(upperFirst(fee.amount()) + note);
            case SET_BY_PROVINCE -> "Do HĐND tỉnh quy định" + note + ask;
            case SET_ELSEWHERE -> upperFirst(fee.note().startsWith("Cổng") ? fee.note() : fee.note() + "; Cổng Dịch vụ công không ghi mức thu") + ask;
            case UNKNOWN -> "Cổng Dịch vụ công chưa ghi lệ phí" + ask;
        };
    }

    /** Whether there is a legal basis to show on request ("Căn cứ"). */
    public boolean hasBasis(Procedure p) {
        return p.fee().basis() != null || !p.legalBasis().isEmpty();
    }

    /** "Căn cứ": the portal's fee notes as printed and the legal basis, in messages that fit every channel. */
    public List<String> basis(Procedure p) {
        List<String> paragraphs = new ArrayList<>();
        if (p.fee().basis() != null) paragraphs.addAll(Messages.chunks("Lệ phí, theo ghi chú của Cổng Dịch vụ công:", List.of(p.fee().basis())));
        List<String> acts = new ArrayList<>();
        for (LegalReference reference : p.legalBasis()) {
            String title = Clauses.shorten(reference.title(), NOTE_LINE);
            boolean numbered = reference.number() == null || title.contains(reference.number());
            acts.add("• " + title + (numbered ? "" : " (" + reference.number() + ")"));
        }
        if (!acts.isEmpty()) paragraphs.addAll(Messages.chunks("Căn cứ pháp lý:", acts));
        if (paragraphs.isEmpty()) paragraphs.add("Cổng Dịch vụ công chưa ghi căn cứ pháp lý của thủ tục này.");
        paragraphs.add("🔗 " + p.sourceUrl());
        return Messages.pack("📜 Căn cứ — " + shortAbout(p) + ":", paragraphs);
    }

    /** Where and how to submit, with the office's hours. */
    public String where(Procedure p) {
        WardProfile.Office o = ward.office();
        return ways(p) + (o.hours() == null ? "" : "\nGiờ làm việc: " + o.hours() + ".");
    }

    private String ways(Procedure p) {
        List<String> ways = new ArrayList<>();
        WardProfile.Office o = ward.office();
        for (SubmissionChannel channel : p.channels().stream().sorted().toList()) {
            ways.add(switch (channel) {
                case IN_PERSON -> "trực tiếp tại " + counter();
                case ONLINE -> "trực tuyến tại " + (o.onlineSubmissionUrl() == null ? "Cổng Dịch vụ công" : o.onlineSubmissionUrl());
                case POST -> "qua dịch vụ bưu chính";
            });
        }
        if (ways.isEmpty()) return "Nơi nộp: " + counter() + ".";
        return "Cách nộp: " + String.join("; ", ways) + ".";
    }

    public String online(Procedure p) {
        if (p.onlineSubmission()) {
            String url = ward.office().onlineSubmissionUrl();
            return "Thủ tục này nộp trực tuyến được" + (url == null ? " trên Cổng Dịch vụ công." : " tại " + url + ".");
        }
        return "Theo Cổng Dịch vụ công, thủ tục này chưa nộp trực tuyến được. " + ways(p);
    }

    public String result(Procedure p) {
        return "Kết quả: " + (p.result() == null ? "Cổng Dịch vụ công chưa ghi kết quả; Ông/Bà vui lòng hỏi " + office() + "." : p.result());
    }

    /** Where a line sends the citizen to the office on its own: with the phone. */
    private String askWithPhone() {
        return " — Ông/Bà vui lòng hỏi Bộ phận Một cửa" + (ward.office().phone() == null ? "." : ", điện thoại " + ward.office().phone() + ".");
    }

    /** The office and its phone, as a citizen is told to contact it. */
    public String office() {
        WardProfile.Office o = ward.office();
        return o.name() + (o.phone() == null ? "" : " (điện thoại " + o.phone() + ")");
    }

    /** The procedure's name for a heading, shortened at a clause ("…") when the portal's is very long. */
    static String title(Procedure p) {
        return Clauses.shortenNote(p.name(), NAME_LINE) + " (mã " + p.code() + ")";
    }

    String officeName() {
        return ward.office().name();
    }

    String counter() {
        WardProfile.Office o = ward.office();
        return o.address() == null ? o.name() : o.address();
    }

    String phone() {
        WardProfile.Office o = ward.office();
        return o.phone() == null ? o.name() : o.name() + ": " + o.phone();
    }

    /** A full stop, unless the text ends with one already or with "…". */
    private static String sentence(String text) {
        return text.endsWith(".") || text.endsWith("…") ? text : text + ".";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
