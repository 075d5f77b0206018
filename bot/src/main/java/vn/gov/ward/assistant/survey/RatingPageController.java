package vn.gov.ward.assistant.survey;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;

/**
 * The mobile rating page behind a signed link: {@code GET /danh-gia/{token}} shows the form,
 * {@code POST} records the rating. An expired link answers 410, a forged one 404, a dossier already
 * rated says so politely; nothing is recorded in those cases.
 */
@Controller
@Hidden
class RatingPageController {

    private static final int MAX_COMMENT = 1000;

    private final RatingLinks links;
    private final SurveyService surveys;
    private final DossierService dossiers;

    RatingPageController(RatingLinks links, SurveyService surveys, DossierService dossiers) {
        this.links = links;
        this.surveys = surveys;
        this.dossiers = dossiers;
    }

    @GetMapping("/danh-gia/{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<Dossier> d = valid(token, model, response);
        if (d.isEmpty()) return "rating";
        if (surveys.rating(d.get().code()).isPresent()) return page(model, "done", "Hồ sơ này đã được đánh giá. Cảm ơn Ông/Bà!");
        model.addAttribute("state", "form");
        return "rating";
    }

    @PostMapping("/danh-gia/{token}")
    String submit(@PathVariable String token, @RequestParam(required = false) Integer score, @RequestParam(required = false) String comment,
                  @RequestParam(required = false) String aspect, Model model, HttpServletResponse response) {
        Optional<Dossier> d = valid(token, model, response);
        if (d.isEmpty()) return "rating";
        if (score == null || score < 1 || score > 5 || (comment != null && comment.length() > MAX_COMMENT)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("state", "form");
            model.addAttribute("error", "Ông/Bà vui lòng chọn một mức đánh giá (góp ý tối đa " + MAX_COMMENT + " ký tự).");
            return "rating";
        }
        Rating.Aspect chosen = aspect == null ? null : Rating.Aspect.named(aspect).orElse(null);
        return switch (surveys.rate(d.get().code(), score, "web", comment, chosen, null)) {
            case RECORDED -> page(model, "done", score <= 2 ? surveys.regret(d.get().code())
                    : "Cảm ơn Ông/Bà đã đánh giá! Ý kiến của Ông/Bà giúp phường phục vụ tốt hơn.");
            case ALREADY_RATED -> page(model, "done", "Hồ sơ này đã được đánh giá. Mỗi hồ sơ chỉ đánh giá một lần. Cảm ơn Ông/Bà!");
            case NOT_SURVEYED -> gone(model, response, HttpStatus.NOT_FOUND, "Không tìm thấy phiếu đánh giá cho hồ sơ này.");
        };
    }

    private Optional<Dossier> valid(String token, Model model, HttpServletResponse response) {
        RatingLinks.Check check = links.check(token);
        if (check instanceof RatingLinks.Check.Expired) {
            gone(model, response, HttpStatus.GONE, "Liên kết đánh giá đã hết hạn (sau 14 ngày). Ông/Bà có thể góp ý qua Zalo OA của phường "
                    + "bằng tin nhắn bắt đầu bằng \"góp ý\".");
            return Optional.empty();
        }
        if (!(check instanceof RatingLinks.Check.Valid valid)) {
            gone(model, response, HttpStatus.NOT_FOUND, "Liên kết đánh giá không hợp lệ.");
            return Optional.empty();
        }
        Optional<Dossier> d = dossiers.find(valid.dossierCode()).filter(x -> surveys.surveyed(x.code()));
        if (d.isEmpty()) {
            gone(model, response, HttpStatus.NOT_FOUND, "Không tìm thấy phiếu đánh giá cho hồ sơ này.");
            return Optional.empty();
        }
        model.addAttribute("code", d.get().code());
        model.addAttribute("procedure", dossiers.procedure(d.get().procedureCode()).name());
        model.addAttribute("labels", Rating.LABELS);
        model.addAttribute("aspects", Rating.Aspect.values());
        return d;
    }

    private static String page(Model model, String state, String message) {
        model.addAttribute("state", state);
        model.addAttribute("message", message);
        return "rating";
    }

    private static String gone(Model model, HttpServletResponse response, HttpStatus status, String message) {
        response.setStatus(status.value());
        return page(model, "invalid", message);
    }
}
