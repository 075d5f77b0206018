package vn.gov.ward.assistant.channel.telegram;

import static vn.gov.ward.assistant.officer.OfficerMessages.escape;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierCodes;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.reminder.DossierLines;
import vn.gov.ward.assistant.reminder.OfficerDossiers;

/**
 * What officers ask about dossiers: {@code /hoso <mã>} (or its short form) and "Xem hồ sơ", {@code /denhan},
 * {@code /quahan}; a leader's {@code /denhan} and {@code /quahan} are the unit's.
 */
class DossierCommands {

    /** What officers type for a code they know: its last segment ("0107") or its last two ("260310-0107"). */
    private static final Pattern SHORT_FORM = Pattern.compile("\\d{4}|\\d{6}-\\d{4}");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    private final DossierService dossiers;
    private final DossierCodes codes;
    private final OfficerDossiers officerDossiers;
    private final DossierLines lines;
    private final OfficerRegistry registry;
    private final WorkingCalendar calendar;
    private final Clock clock;

    DossierCommands(DossierService dossiers, DossierCodes codes, OfficerDossiers officerDossiers, DossierLines lines,
                    OfficerRegistry registry, WorkingCalendar calendar, Clock clock) {
        this.dossiers = dossiers;
        this.codes = codes;
        this.officerDossiers = officerDossiers;
        this.lines = lines;
        this.registry = registry;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** {@code /hoso <mã>}: the dossier in full; a short form when one of my open dossiers (a leader's: the unit's) ends so. */
    String dossier(String argument, Officer me) {
        if (argument.isEmpty()) {
            return "Ông/Bà gõ /hoso kèm mã hồ sơ, ví dụ: <code>/hoso 000.32.33.H26-260101-0001</code> hoặc 4 số cuối: <code>/hoso 0001</code>";
        }
        Optional<String> code = codes.parse(argument);
        if (code.isEmpty() && SHORT_FORM.matcher(argument).matches()) {
            List<Dossier> ending = officerDossiers.openOf(whose(me)).stream().filter(d -> d.code().endsWith("-" + argument)).toList();
            if (ending.size() > 1) {
                StringBuilder text = new StringBuilder("Có ").append(ending.size()).append(" hồ sơ có mã kết thúc bằng ")
                        .append(escape(argument)).append(":");
                ending.forEach(d -> text.append('\n').append(lines.line(d)));
                return text.append("\nÔng/Bà gõ /hoso kèm mã đầy đủ.").toString();
            }
            code = ending.stream().findFirst().map(Dossier::code);
        }
        Optional<Dossier> d = code.flatMap(dossiers::find);
        if (d.isEmpty()) return "Không tìm thấy hồ sơ <code>" + escape(argument) + "</code>"
                + (SHORT_FORM.matcher(argument).matches() ? " trong các hồ sơ đang mở của Ông/Bà." : ".");
        return lines.details(d.get(), registry.find(d.get().officerId()).orElse(me));
    }

    /** Whose dossiers my lists show: mine, and a leader's unit's. */
    private List<Officer> whose(Officer me) {
        List<Officer> whose = new ArrayList<>(List.of(me));
        if (me.isLeader()) whose.addAll(registry.unit(me));
        return whose;
    }

    /** "Xem hồ sơ" under a reminder: the dossier in full, or empty for a code no longer stored. */
    Optional<String> details(String code) {
        return dossiers.find(code).map(d -> lines.details(d, registry.find(d.officerId()).orElse(null)));
    }

    /** {@code /denhan}: my dossiers (a leader's: the unit's) due today and the next working day. */
    String dueSoon(Officer me) {
        ZonedDateTime now = clock.instant().atZone(calendar.zone());
        LocalDate next = now.toLocalDate().plusDays(1);
        while (!calendar.isWorkingDay(next)) next = next.plusDays(1);
        List<Officer> whose = whose(me);
        List<Dossier> open = officerDossiers.openOf(whose);
        Instant endOfToday = now.toLocalDate().plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        Instant endOfNext = next.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        List<Dossier> today = OfficerDossiers.dueBetween(open, now.toInstant(), endOfToday);
        List<Dossier> later = OfficerDossiers.dueBetween(open, endOfToday, endOfNext);
        StringBuilder text = new StringBuilder("⏰ <b>Hồ sơ đến hạn").append(whose.size() > 1 ? " của đơn vị" : "").append("</b> (lúc ")
                .append(TIME.format(now)).append(")");
        section(text, "Hôm nay " + DAY.format(now), today, me, whose);
        section(text, "Ngày làm việc tiếp theo " + DAY.format(next), later, me, whose);
        if (today.isEmpty() && later.isEmpty()) text.append("\nKhông có hồ sơ nào đến hạn hôm nay và ngày làm việc tiếp theo.");
        return text.toString();
    }

    /** {@code /quahan}: overdue dossiers, a leader's unit's included. */
    String overdue(Officer me) {
        List<Officer> whose = whose(me);
        List<Dossier> overdue = OfficerDossiers.overdue(officerDossiers.openOf(whose), clock.instant());
        StringBuilder text = new StringBuilder("🔴 <b>Hồ sơ quá hạn</b>").append(whose.size() > 1 ? " của đơn vị" : "");
        section(text, "Quá hạn", overdue, me, whose);
        if (overdue.isEmpty()) text.append("\nKhông có hồ sơ quá hạn. 👍");
        return text.toString();
    }

    /** @param whose the officers the dossiers belong to, already read: a line names its officer unless it is me */
    private void section(StringBuilder text, String title, List<Dossier> dossiers, Officer me, List<Officer> whose) {
        if (dossiers.isEmpty()) return;
        Map<String, Officer> byId = whose.stream().collect(Collectors.toMap(Officer::id, Function.identity(), (a, b) -> a));
        text.append("\n\n<b>").append(escape(title)).append(" (").append(dossiers.size()).append(")</b>");
        for (Dossier d : dossiers) {
            text.append('\n').append(d.officerId().equals(me.id()) ? lines.line(d) : lines.line(d, byId.get(d.officerId())));
        }
    }
}
