package vn.gov.ward.assistant.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.officer.OfficerMessages;

/**
 * The holiday files are data someone must add each year (Tết and the làm bù days are announced yearly).
 * At start and every morning: when this year's file is missing, or from 1 October next year's, the log warns
 * and the admins hear it on Telegram (once a week: the outbox keeps one message per week's key).
 */
@Component
class HolidayFileCheck {

    /** From this month on, next year's file is asked for. */
    static final int ASK_FROM_MONTH = 10;

    private final WorkingCalendar calendar;
    private final OfficerMessages messages;
    private final Clock clock;

    HolidayFileCheck(WorkingCalendar calendar, OfficerMessages messages, Clock clock) {
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "0 0 8 * * *", zone = "${assistant.time-zone:Asia/Ho_Chi_Minh}")
    void check() {
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        List<Integer> missing = missing(today);
        if (missing.isEmpty()) return;
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        for (int year : missing) {
            messages.alertAdmins("holiday-file-missing:" + year + ":" + week, "Chưa có lịch nghỉ lễ năm " + year
                    + " (config/holidays/vn-" + year + ".yml): trợ lý đang tính ngày làm việc năm " + year
                    + " theo thứ Hai – thứ Sáu, chưa trừ Tết và ngày nghỉ bù. Xin bổ sung tệp theo thông báo của Chính phủ.");
        }
    }

    /** The years whose file is wanted and missing on {@code today}. */
    List<Integer> missing(LocalDate today) {
        List<Integer> missing = new ArrayList<>();
        if (!calendar.hasHolidayFile(today.getYear())) missing.add(today.getYear());
        if (today.getMonthValue() >= ASK_FROM_MONTH && !calendar.hasHolidayFile(today.getYear() + 1)) missing.add(today.getYear() + 1);
        return missing;
    }
}
