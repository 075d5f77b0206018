package vn.gov.ward.assistant.conversation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.dossier.PersonalNames;
import vn.gov.ward.assistant.dossier.PhoneNumbers;

/**
 * What a citizen is told of their dossier when they look it up: the procedure, the masked applicant,
 * the status in plain words, the appointment, whether it is on time (and the apology owed when late),
 * what to do next. The console shows officers the same text.
 */
@Component
public class DossierStatusReply {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("HH:mm, dd/MM/yyyy");
    private static final String[] WEEKDAYS = {"thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"};

    private final DossierService dossiers;
    private final WorkingCalendar calendar;

    DossierStatusReply(DossierService dossiers, WorkingCalendar calendar) {
        this.dossiers = dossiers;
        this.calendar = calendar;
    }

    /** The status as a citizen reads it after proving to be the applicant. */
    public String text(Dossier d) {
        DossierService.Timeliness t = dossiers.timeliness(d);
        StringBuilder text = new StringBuilder();
        text.append("📁 Hồ sơ ").append(d.code())
                .append("\nThủ tục: ").append(dossiers.procedure(d.procedureCode()).name())
                .append("\nNgười nộp: ").append(PersonalNames.masked(d.applicant().name()))
                .append(" (điện thoại ").append(PhoneNumbers.masked(d.applicant().phone())).append(")")
                .append("\nTrạng thái: ").append(d.status().label())
                .append("\nNgày hẹn trả: ").append(when(d.appointmentAt()));
        Instant finished = d.finishedAt();
        if (finished != null) {
            text.append("\n").append(t.late() ? "Hồ sơ đã được giải quyết trễ hẹn " + days(t.lateBy()) + "."
                    : "Hồ sơ đã được giải quyết đúng hẹn.");
        } else if (t.late()) {
            text.append("\nHồ sơ đã quá hẹn ").append(days(t.lateBy())).append(". Theo quy định, cơ quan giải quyết phải gửi ")
                    .append("Ông/Bà văn bản xin lỗi và hẹn lại ngày trả kết quả.");
        } else if (d.pausedAt() != null) {
            text.append("\nThời hạn giải quyết đang tạm dừng chờ Ông/Bà bổ sung giấy tờ; ngày hẹn sẽ lùi tương ứng.");
        } else {
            text.append("\nHồ sơ đang trong hạn (còn khoảng ").append(days(t.workingTimeLeft())).append(").");
        }
        text.append("\nViệc cần làm: ").append(d.status().nextStep());
        if (d.status() == DossierStatus.SUPPLEMENT_REQUESTED) {
            String note = d.history().get(d.history().size() - 1).note();
            if (note != null && !note.isBlank()) text.append("\nGiấy tờ cần bổ sung: ").append(note);
        }
        return text.toString();
    }

    /** "thứ Ba, 14:00, 10/03/2026" in the ward's zone. */
    String when(Instant t) {
        ZonedDateTime local = t.atZone(zone());
        return WEEKDAYS[local.getDayOfWeek().getValue() - 1] + ", " + DATE.format(local);
    }

    private String days(Duration workingTime) {
        double day = calendar.workingDayLength().toMinutes();
        double value = Math.round(workingTime.toMinutes() / day * 10) / 10.0;
        if (value < 1) {
            long hours = Math.max(1, Math.round(workingTime.toMinutes() / 60.0));
            return hours + " giờ làm việc";
        }
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value).replace('.', ',')) + " ngày làm việc";
    }

    private ZoneId zone() {
        return calendar.zone();
    }
}
