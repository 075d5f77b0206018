package vn.gov.ward.assistant.reminder;

import static vn.gov.ward.assistant.officer.OfficerMessages.escape;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.dossier.PersonalNames;
import vn.gov.ward.assistant.officer.Officer;

/**
 * How dossiers read in officers' Telegram messages (HTML): the code, the procedure, the appointment
 * in Vietnamese, and the citizen's name masked (Telegram is a third party; the officer has the file).
 */
@Component
public class DossierLines {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM");
    private static final String[] WEEKDAYS = {"thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"};
    private static final int MAX_PROCEDURE = 80;

    private final DossierService dossiers;
    private final WorkingCalendar calendar;

    public DossierLines(DossierService dossiers, WorkingCalendar calendar) {
        this.dossiers = dossiers;
        this.calendar = calendar;
    }

    /** One line of a list: "• 000.…-0001 – Đăng ký khai sinh – hẹn 16:00 thứ Hai 30/11/2026". */
    public String line(Dossier d) {
        return start(d) + " – hẹn " + when(d.appointmentAt());
    }

    /** A line of a day's list, where the day goes without saying: "• 000.…-0001 – Đăng ký khai sinh – hẹn 16:00". */
    String lineOfTheDay(Dossier d) {
        return start(d) + " – hẹn " + TIME.format(d.appointmentAt().atZone(zone()));
    }

    /** A dossier waiting for the citizen's documents: since when, and its appointment as the pause has moved it so far. */
    String waiting(Dossier d, ZonedDateTime now) {
        ZonedDateTime paused = d.pausedAt().atZone(zone());
        ZonedDateTime moved = calendar.addWorkingTime(d.appointmentAt().atZone(zone()), calendar.workingTimeBetween(paused, now));
        return start(d) + " – chờ từ " + SHORT_DATE.format(paused) + " – hẹn trả đã lùi đến " + when(moved.toInstant());
    }

    private String start(Dossier d) {
        return "• <code>" + escape(d.code()) + "</code> – " + escape(procedureName(d));
    }

    /** A line with the officer in charge, for leaders. */
    public String line(Dossier d, Officer officer) {
        return line(d) + " – " + escape(officer == null ? d.officerId() : officer.name());
    }

    /** The dossier in full, for /hoso and "Xem hồ sơ". */
    public String details(Dossier d, Officer officer) {
        DossierService.Timeliness t = dossiers.timeliness(d);
        StringBuilder text = new StringBuilder()
                .append("📁 <b>Hồ sơ</b> <code>").append(escape(d.code())).append("</code>\n")
                .append("Thủ tục: ").append(escape(procedureName(d))).append(" (").append(escape(d.procedureCode())).append(")\n")
                .append("Người nộp: ").append(escape(PersonalNames.masked(d.applicant().name()))).append('\n')
                .append("Cán bộ xử lý: ").append(escape(officer == null ? d.officerId() : officer.name())).append('\n')
                .append("Tiếp nhận: ").append(when(d.receivedAt())).append('\n')
                .append("Hẹn trả: ").append(when(d.appointmentAt())).append('\n')
                .append("Trạng thái: <b>").append(escape(d.status().label())).append("</b>");
        if (d.status().isClosed()) return text.toString();
        if (d.pausedAt() != null) text.append("\n⏸ Thời hạn tạm dừng chờ công dân bổ sung giấy tờ.");
        else if (t.late()) text.append("\n🔴 Quá hạn ").append(hours(t.lateBy())).append(" làm việc; cần gửi công dân Phiếu xin lỗi và hẹn lại ngày trả.");
        else text.append("\n⏳ Còn ").append(hours(t.workingTimeLeft())).append(" làm việc.");
        return text.toString();
    }

    public String procedureName(Dossier d) {
        String name = dossiers.procedure(d.procedureCode()).name();
        return name.length() <= MAX_PROCEDURE ? name : name.substring(0, MAX_PROCEDURE - 1).strip() + "…";
    }

    /** "16:00 thứ Hai 30/11/2026" in the ward's zone. */
    public String when(Instant t) {
        ZonedDateTime local = t.atZone(zone());
        return TIME.format(local) + " " + WEEKDAYS[local.getDayOfWeek().getValue() - 1] + " " + DATE.format(local);
    }

    /** "thứ Ba 10/03/2026". */
    public String day(LocalDate date) {
        return WEEKDAYS[date.getDayOfWeek().getValue() - 1] + " " + DATE.format(date);
    }

    /**
     * How late an open dossier is at {@code now}: in working days after its appointment's day when that
     * day is past ("quá 3 ngày làm việc": Thursday's appointment on the next Tuesday), else in working
     * hours ("quá 2 giờ").
     */
    public String late(Dossier d, ZonedDateTime now) {
        LocalDate due = d.appointmentAt().atZone(zone()).toLocalDate();
        int days = 0;
        for (LocalDate day = due.plusDays(1); !day.isAfter(now.toLocalDate()); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) days++;
        }
        if (days > 0) return "quá " + days + " ngày làm việc";
        return "quá " + hours(calendar.workingTimeBetween(d.appointmentAt().atZone(zone()), now));
    }

    /**
     * Working time left, as an officer reads it: a working day or more in days ("còn 1 ngày làm việc",
     * "còn 1 ngày 2 giờ làm việc"), less in hours to the quarter hour ("còn 3 giờ 45 phút làm việc").
     */
    public String left(Duration working) {
        long quarter = Duration.ofMinutes(15).toMinutes();
        long minutes = Math.round(working.toMinutes() / (double) quarter) * quarter;
        return minutes <= 0 ? "còn dưới 15 phút làm việc" : "còn " + hours(Duration.ofMinutes(minutes)) + " làm việc";
    }

    /** Working time in words: "3 giờ 30 phút", "2 ngày 1 giờ" (a day being the office day). */
    public String hours(Duration working) {
        long minutes = Math.abs(working.toMinutes());
        long dayMinutes = calendar.workingDayLength().toMinutes();
        long days = minutes / dayMinutes;
        long rest = minutes % dayMinutes;
        StringBuilder s = new StringBuilder();
        if (days > 0) s.append(days).append(" ngày");
        if (rest / 60 > 0) s.append(s.length() > 0 ? " " : "").append(rest / 60).append(" giờ");
        if (rest % 60 > 0 && days == 0) s.append(s.length() > 0 ? " " : "").append(rest % 60).append(" phút");
        return s.length() == 0 ? "dưới 1 phút" : s.toString();
    }

    private ZoneId zone() {
        return calendar.zone();
    }
}
