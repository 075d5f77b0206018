package vn.gov.ward.assistant.survey;

import static vn.gov.ward.assistant.officer.OfficerMessages.escape;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.dossier.PersonalNumbers;
import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerMessages;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.outbox.OutboxMessage;

/**
 * A rating of 1–2 reaches the officer's leader at once as one message, rewritten in place when what
 * mattered or the citizen's comment follows (never a second message), with "Xem hồ sơ", "Nhắc cán bộ" and
 * "Đã xử lý". The citizen's numbers in the comment are masked. Until a leader marks it handled it stays in
 * {@link SurveyKeys#LOW_RATINGS}, listed in the leader's morning digest; the survey's hash keeps the
 * alert's latest outbox id (what the next rewrite replaces), its leader, and who handled it.
 */
@Component
class LowRatingAlerts {

    static final String NUDGE = "RNUDGE:";
    static final String DONE = "RDONE:";
    private static final String ALERT = "alert";
    private static final String ALERTED = "alertedLeader";
    private static final String HANDLED = "handledBy";

    private final StringRedisTemplate redis;
    private final DossierService dossiers;
    private final OfficerRegistry officers;
    private final OfficerMessages messages;
    private final PersonalNumbers personalNumbers;

    LowRatingAlerts(StringRedisTemplate redis, DossierService dossiers, OfficerRegistry officers, OfficerMessages messages,
                    PersonalNumbers personalNumbers) {
        this.redis = redis;
        this.dossiers = dossiers;
        this.officers = officers;
        this.messages = messages;
        this.personalNumbers = personalNumbers;
    }

    /** A new low rating: listed until handled, and the leader hears at once (the admins, when no leader can). */
    void raise(Rating rating, Dossier d) {
        // Derived from the rating and idempotent, like the dossier indexes: a rating whose listing was lost is only missing from a digest.
        redis.opsForZSet().add(SurveyKeys.LOW_RATINGS, d.code(), rating.ratedAt().toEpochMilli());
        Optional<Officer> leader = officers.find(d.officerId()).flatMap(officers::leaderOf);
        Optional<String> sent = leader.flatMap(l -> messages.send(l, "low-rating:" + d.code(), html(rating, d), buttons(d.code()), null));
        if (sent.isEmpty()) {
            messages.alertAdmins("low-rating:" + d.code(), "Đánh giá " + rating.score() + "/5 cho hồ sơ " + d.code()
                    + " chưa gửi được cho lãnh đạo của cán bộ " + d.officerId() + " (chưa có lãnh đạo hoặc chưa liên kết Telegram).");
            return;
        }
        redis.opsForHash().putAll(SurveyKeys.survey(d.code()), Map.of(ALERT, sent.get(), ALERTED, leader.get().id()));
    }

    /**
     * The alert rewritten with what the citizen added ({@code what}: "comment", "aspect"), in place.
     */
    void update(Rating rating, Dossier d, String what) {
        List<Object> alert = redis.opsForHash().multiGet(SurveyKeys.survey(d.code()), List.of(ALERT, ALERTED, HANDLED));
        if (alert.get(0) == null) return;
        Optional<Officer> leader = officers.find((String) alert.get(1));
        String handledBy = (String) alert.get(2);
        String html = html(rating, d) + (handledBy == null ? "" : "\n\n✅ " + escape(handledBy) + " đã xử lý");
        leader.flatMap(l -> messages.replace(l, "low-rating-" + what + ":" + d.code(), html, handledBy == null ? buttons(d.code()) : List.of(),
                (String) alert.get(0))).ifPresent(id -> redis.opsForHash().put(SurveyKeys.survey(d.code()), ALERT, id));
    }

    /** "Đã xử lý": off the digest's list. @return false when someone had handled it already */
    boolean handle(String code, Officer leader) {
        Long removed = redis.opsForZSet().remove(SurveyKeys.LOW_RATINGS, code);
        if (removed == null || removed == 0) return false;
        redis.opsForHash().put(SurveyKeys.survey(code), HANDLED, leader.name());
        return true;
    }

    /** "Nhắc cán bộ": the officer who handled the dossier hears the rating from their leader, once. @return what the button says */
    String nudge(Rating rating, Dossier d, Officer leader) {
        Optional<Officer> officer = officers.find(d.officerId());
        String html = "🔔 <b>Lãnh đạo nhắc</b> – " + escape(leader.name()) + "\nHồ sơ <code>" + escape(d.code()) + "</code> – "
                + escape(dossiers.procedure(d.procedureCode()).name()) + " được công dân đánh giá <b>" + rating.score() + "/5</b> ("
                + Rating.LABELS[rating.score() - 1] + ")." + (rating.comment() == null ? "" : "\nÝ kiến: " + escape(personalNumbers.masked(rating.comment())))
                + "\n📝 Đề nghị Ông/Bà xem lại việc giải quyết hồ sơ và báo cáo lãnh đạo.";
        boolean sent = officer.flatMap(o -> messages.send(o, "rating-nudge:" + d.code(), html,
                List.of(new OutboxMessage.Button("📁 Xem hồ sơ", "VIEW:" + d.code())), null)).isPresent();
        String name = officer.map(Officer::name).orElse(d.officerId());
        return sent ? "Đã nhắc cán bộ " + name + "." : "Cán bộ " + name + " chưa liên kết Telegram; vui lòng nhắc trực tiếp.";
    }

    private String html(Rating rating, Dossier d) {
        String officer = officers.find(d.officerId()).map(Officer::name).orElse(d.officerId());
        return "⚠️ <b>Đánh giá thấp: " + rating.score() + "/5</b> (" + Rating.LABELS[rating.score() - 1] + ")\n"
                + "Hồ sơ <code>" + escape(d.code()) + "</code> – " + escape(dossiers.procedure(d.procedureCode()).name()) + "\n"
                + "Cán bộ xử lý: " + escape(officer)
                + (rating.aspect() == null ? "" : "\nVấn đề: " + rating.aspect().label())
                + (rating.comment() == null ? "" : "\nÝ kiến của công dân: " + escape(personalNumbers.masked(rating.comment())));
    }

    private static List<OutboxMessage.Button> buttons(String code) {
        return List.of(new OutboxMessage.Button("📁 Xem hồ sơ", "VIEW:" + code), new OutboxMessage.Button("🔔 Nhắc cán bộ", NUDGE + code),
                new OutboxMessage.Button("✅ Đã xử lý", DONE + code));
    }
}
