package vn.gov.ward.assistant.conversation;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.gov.ward.knowledge.ward.WardProfile;

/**
 * "Có làm thứ 7 không", "mấy giờ mở cửa": answered from the office's hours in the ward's file, with the online
 * portal for the rest of the week. A day or a time of day counts only with a word about working, so "con thứ 7" or
 * "đóng cửa hẳn" (closing a business) are left to the search.
 */
@Component
class OfficeHoursStep implements ConversationStep {

    /** Phrases that ask about the hours by themselves. */
    private static final List<String> HOURS = List.of("gio lam viec", "lich lam viec", "thoi gian lam viec", "gio hanh chinh",
            "gio mo cua", "mo cua may gio", "may gio mo cua", "lam viec may gio", "lam viec den may gio", "may gio lam viec",
            "may gio dong cua", "dong cua may gio", "nghi trua", "gio tiep dan", "lich tiep dan", "lam den may gio", "may gio nghi");
    /** A day or time of day, a question about the hours with a word about working. */
    private static final List<String> WHEN = List.of("thu 7", "thu bay", "chu nhat", "cuoi tuan", "ngay le", "nghi le", "ngay tet",
            "buoi trua", "gio trua", "buoi toi", "ngoai gio", "sang som", "t7");
    private static final List<String> WORKING = List.of("lam", "lam viec", "nghi", "tiep", "nhan", "mo", "truc", "nop", "lam khong",
            "co lam", "di lam", "hop", "nhan ho so", "giai quyet");

    private final WardProfile ward;

    OfficeHoursStep(WardProfile ward) {
        this.ward = ward;
    }

    @Override
    public Stage stage() {
        return Stage.OFFICE_HOURS;
    }

    @Override
    public Outcome take(Turn turn) {
        String text = " " + turn.folded() + " ";
        boolean asked = HOURS.stream().anyMatch(p -> text.contains(" " + p + " "))
                || WHEN.stream().anyMatch(p -> text.contains(" " + p + " ")) && WORKING.stream().anyMatch(p -> text.contains(" " + p + " "));
        return asked ? Outcome.answer(hours()) : Outcome.pass();
    }

    private String hours() {
        WardProfile.Office o = ward.office();
        StringBuilder text = new StringBuilder("Giờ tiếp nhận và trả kết quả hồ sơ của ").append(o.name()).append(": ").append(o.hours())
                .append(".");
        if (o.address() != null) text.append("\n📍 ").append(o.address());
        if (o.phone() != null) text.append("\n☎ ").append(o.phone());
        if (o.onlineSubmissionUrl() != null) {
            text.append("\nNgoài giờ, Ông/Bà có thể nộp hồ sơ trực tuyến (với thủ tục có dịch vụ công trực tuyến) tại ")
                    .append(o.onlineSubmissionUrl());
        }
        return text.toString();
    }
}
