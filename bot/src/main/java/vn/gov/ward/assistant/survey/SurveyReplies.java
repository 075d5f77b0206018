package vn.gov.ward.assistant.survey;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerReplies;

/** A leader's buttons under a low-score alert: "Nhắc cán bộ" and "Đã xử lý" ({@link LowRatingAlerts}). */
@Component
class SurveyReplies implements OfficerReplies {

    private final SurveyService surveys;
    private final LowRatingAlerts alerts;
    private final DossierService dossiers;

    SurveyReplies(SurveyService surveys, LowRatingAlerts alerts, DossierService dossiers) {
        this.surveys = surveys;
        this.alerts = alerts;
        this.dossiers = dossiers;
    }

    @Override
    public Optional<Pressed> button(Officer me, String data) {
        boolean nudge = data.startsWith(LowRatingAlerts.NUDGE);
        if (!nudge && !data.startsWith(LowRatingAlerts.DONE)) return Optional.empty();
        String code = data.substring((nudge ? LowRatingAlerts.NUDGE : LowRatingAlerts.DONE).length());
        Optional<Rating> rating = surveys.rating(code);
        Optional<Dossier> dossier = dossiers.find(code);
        if (rating.isEmpty() || dossier.isEmpty()) return Optional.of(Pressed.answer("Không tìm thấy đánh giá của hồ sơ " + code + "."));
        if (!me.isLeader()) return Optional.of(Pressed.answer("Chỉ lãnh đạo dùng được nút này."));
        if (nudge) return Optional.of(Pressed.answer(alerts.nudge(rating.get(), dossier.get(), me)));
        return Optional.of(alerts.handle(code, me) ? new Pressed("Đã ghi nhận đã xử lý.", me.name() + " đã xử lý")
                : Pressed.answer("Đánh giá này đã được xử lý trước đó."));
    }
}
