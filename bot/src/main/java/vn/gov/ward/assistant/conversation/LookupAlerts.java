package vn.gov.ward.assistant.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.officer.OfficerMessages;
import vn.gov.ward.assistant.officer.OfficerRegistry;

/** Tells people when a dossier's lookup was locked after repeated wrong checks: someone may be guessing. */
@Component
class LookupAlerts {

    private final OfficerRegistry officers;
    private final OfficerMessages messages;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final LookupGuardProperties limits;

    LookupAlerts(OfficerRegistry officers, OfficerMessages messages, WorkingCalendar calendar, Clock clock,
                 LookupGuardProperties limits) {
        this.officers = officers;
        this.messages = messages;
        this.calendar = calendar;
        this.clock = clock;
        this.limits = limits;
    }

    /** The dossier's officer hears it (in office time), so a citizen who calls can be helped. */
    void dossierLocked(Dossier dossier) {
        Instant now = clock.instant();
        officers.find(dossier.officerId()).ifPresent(officer -> messages.send(officer,
                "lookup-locked:" + dossier.code() + ":" + now.getEpochSecond(),
                "🔒 Tra cứu hồ sơ <code>" + OfficerMessages.escape(dossier.code()) + "</code> trên trợ lý đã bị khóa "
                        + minutes(limits.lockFor().toMinutes()) + " vì nhập sai 4 số cuối điện thoại " + limits.perDossier()
                        + " lần. Có thể có người đang dò thông tin hồ sơ. Nếu công dân liên hệ, xin hướng dẫn họ trực tiếp.",
                List.of(), calendar.notBefore(now)));
    }

    /** Every lookup waits: the admins hear at once. */
    void everyLookupLocked() {
        messages.alertAdmins("lookup-locked-all:" + clock.instant().getEpochSecond(),
                "Trợ lý đã tạm khóa mọi tra cứu hồ sơ " + minutes(limits.overallLockFor().toMinutes()) + " vì có hơn "
                        + limits.overall() + " lần kiểm tra sai trong " + minutes(limits.window().toMinutes())
                        + ": có thể đang bị dò mã. Kiểm tra nhật ký truy cập.");
    }

    static String minutes(long minutes) {
        return minutes % 60 == 0 ? minutes / 60 + " giờ" : minutes + " phút";
    }
}
