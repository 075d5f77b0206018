package vn.gov.ward.assistant.reminder;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerMessages;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.officer.OfficerReplies;

/**
 * The buttons under reminders and escalations: "Đã nhận" (the officer in charge, or a leader over them,
 * has the dossier in hand: no more due-soon reminders for that appointment), and on an escalation the
 * leader's "Nhắc cán bộ" (the officer hears it, once a day per dossier) and "Đã xử lý" (the escalation is
 * settled: stamped, its buttons gone).
 */
@Component
class ReminderButtons implements OfficerReplies {

    static final String ACK = "ACK:";
    static final String NUDGE = "NUDGE:";
    static final String DONE = "DONE:";

    private final DossierService dossiers;
    private final OfficerRegistry registry;
    private final ReminderAcks acks;
    private final OfficerMessages messages;
    private final DossierLines lines;
    private final WorkingCalendar calendar;
    private final Clock clock;

    ReminderButtons(DossierService dossiers, OfficerRegistry registry, ReminderAcks acks, OfficerMessages messages, DossierLines lines,
                    WorkingCalendar calendar, Clock clock) {
        this.dossiers = dossiers;
        this.registry = registry;
        this.acks = acks;
        this.messages = messages;
        this.lines = lines;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public Optional<Pressed> button(Officer me, String data) {
        String kind = data.startsWith(ACK) ? ACK : data.startsWith(NUDGE) ? NUDGE : data.startsWith(DONE) ? DONE : null;
        if (kind == null) return Optional.empty();
        String code = data.substring(kind.length());
        Optional<Dossier> dossier = dossiers.find(code);
        if (dossier.isEmpty()) return Optional.of(Pressed.answer("Không tìm thấy hồ sơ " + code + "."));
        Map<String, Officer> officers = registry.byId();
        Officer handling = officers.get(dossier.get().officerId());
        boolean leaderOver = me.isLeader() && handling != null
                && OfficerRegistry.unitOf(me.id(), OfficerRegistry.teams(officers)).stream().anyMatch(o -> o.id().equals(handling.id()));
        if (kind.equals(ACK)) {
            if (!me.id().equals(dossier.get().officerId()) && !leaderOver) return Optional.of(Pressed.answer("Hồ sơ này không do Ông/Bà phụ trách."));
            acks.acknowledge(dossier.get());
            return Optional.of(new Pressed("Đã ghi nhận. Sẽ không nhắc trước hạn hồ sơ này nữa.", me.name() + " đã nhận"));
        }
        if (!leaderOver) return Optional.of(Pressed.answer("Chỉ lãnh đạo của cán bộ xử lý hồ sơ này dùng được nút này."));
        if (kind.equals(DONE)) return Optional.of(new Pressed("Đã ghi nhận đã xử lý.", me.name() + " đã xử lý"));
        return Optional.of(Pressed.answer(nudge(dossier.get(), handling, me)));
    }

    /** The officer hears their leader's reminder, once a day per dossier. @return what the leader's button says */
    private String nudge(Dossier d, Officer officer, Officer leader) {
        if (d.status().isClosed()) return "Hồ sơ đã " + d.status().label().toLowerCase() + "; không cần nhắc.";
        ZonedDateTime now = clock.instant().atZone(calendar.zone());
        boolean late = OfficerDossiers.inHand(d) && d.appointmentAt().isBefore(now.toInstant());
        String html = "🔔 <b>Lãnh đạo nhắc</b> – " + OfficerMessages.escape(leader.name()) + "\n" + lines.line(d)
                + (late ? " – " + lines.late(d, now) + "\n📝 Đề nghị Ông/Bà xử lý ngay và gửi công dân Phiếu xin lỗi và hẹn lại ngày trả kết quả."
                : "\nĐề nghị Ông/Bà lưu ý xử lý đúng hẹn.");
        boolean sent = messages.send(officer, "reminder:NUDGE:" + d.code() + ":" + now.toLocalDate(), html,
                List.of(ReminderPass.viewButton(d)), calendar.notBefore(now.toInstant())).isPresent();
        return sent ? "Đã nhắc cán bộ " + officer.name() + "." : "Cán bộ " + officer.name() + " chưa liên kết Telegram; vui lòng nhắc trực tiếp.";
    }
}
