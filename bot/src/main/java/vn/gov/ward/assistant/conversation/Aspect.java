package vn.gov.ward.assistant.conversation;

import java.util.List;
import java.util.Optional;

import vn.gov.ward.knowledge.analysis.VietnameseText;

/** What part of a procedure a follow-up asks about ("phí bao nhiêu", "mất mấy ngày", "căn cứ pháp lý"). */
enum Aspect {
    BASIS("căn cứ pháp lý", List.of("can cu", "co so phap ly", "van ban phap luat", "luat nao", "nghi dinh nao", "quy dinh o dau")),
    FEE("lệ phí", List.of("phi", "le phi", "bao nhieu tien", "mat tien", "ton tien", "het bao nhieu", "chi phi")),
    TIME("thời hạn giải quyết", List.of("bao lau", "may ngay", "thoi han", "bao gio", "khi nao co", "bao nhieu ngay", "mat bao lau")),
    ONLINE("cách nộp trực tuyến", List.of("online", "truc tuyen", "qua mang", "tren mang", "dich vu cong", "vneid")),
    DOCUMENTS("giấy tờ cần chuẩn bị", List.of("giay to", "ho so gom", "can gi", "can nhung gi", "mang gi", "mang theo", "chuan bi gi", "thanh phan")),
    WHERE("nơi nộp hồ sơ", List.of("o dau", "dia chi", "cho nao", "nop tai")),
    RESULT("kết quả nhận được", List.of("ket qua", "nhan duoc gi", "duoc cap gi"));

    private final String asked;
    private final List<String> phrases;

    Aspect(String asked, List<String> phrases) {
        this.asked = asked;
        this.phrases = phrases;
    }

    /** What the citizen asks about, as a reply names it: "lệ phí". */
    String asked() {
        return asked;
    }

    /** The first aspect the message mentions, matched on whole words without tone marks. */
    static Optional<Aspect> in(String message) {
        String text = words(message);
        for (Aspect aspect : values()) {
            for (String phrase : aspect.phrases) {
                if (text.contains(" " + phrase + " ")) return Optional.of(aspect);
            }
        }
        return Optional.empty();
    }

    /** The message, folded, with every aspect phrase taken out: what is left names a procedure, if anything. */
    static String withoutAspects(String message) {
        String text = words(message);
        for (Aspect aspect : values()) {
            for (String phrase : aspect.phrases) text = text.replaceAll("(?<= )" + phrase + "(?= )", " ");
        }
        return text.strip().replaceAll(" +", " ");
    }

    private static String words(String message) {
        return " " + VietnameseText.fold(message).replaceAll("[^a-z0-9]+", " ") + " ";
    }
}
