package vn.gov.ward.assistant.dossier;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a dossier is in the one-stop mechanism, with what a citizen reads and what may follow.
 */
public enum DossierStatus {
    RECEIVED("Đã tiếp nhận", "Hồ sơ đã được tiếp nhận và sẽ được chuyển cán bộ giải quyết."),
    IN_PROGRESS("Đang giải quyết", "Hồ sơ đang được cán bộ giải quyết; Ông/Bà chưa cần làm gì thêm."),
    SUPPLEMENT_REQUESTED("Cần bổ sung giấy tờ", "Ông/Bà vui lòng bổ sung giấy tờ theo hướng dẫn của cán bộ; thời hạn giải quyết tạm dừng đến khi nhận đủ."),
    AWAITING_PAYMENT("Chờ nộp phí, lệ phí", "Ông/Bà vui lòng nộp phí, lệ phí (trực tiếp tại Bộ phận Một cửa hoặc thanh toán trực tuyến) để hồ sơ được giải quyết tiếp."),
    RESULT_READY("Đã có kết quả", "Kết quả đã sẵn sàng: Ông/Bà mang giấy tiếp nhận hồ sơ đến Bộ phận Một cửa để nhận."),
    RETURNED("Đã trả kết quả", "Ông/Bà đã nhận kết quả. Cảm ơn Ông/Bà đã sử dụng dịch vụ."),
    REJECTED("Không được giải quyết", "Hồ sơ không được giải quyết; lý do được ghi trong văn bản trả lời của cơ quan."),
    STOPPED("Dừng giải quyết", "Việc giải quyết hồ sơ đã dừng; Ông/Bà liên hệ Bộ phận Một cửa nếu cần biết thêm."),
    WITHDRAWN("Đã rút hồ sơ", "Hồ sơ đã được rút theo đề nghị của Ông/Bà.");

    private static final Set<DossierStatus> CLOSED = EnumSet.of(RETURNED, REJECTED, STOPPED, WITHDRAWN);

    private final String label;
    private final String nextStep;

    DossierStatus(String label, String nextStep) {
        this.label = label;
        this.nextStep = nextStep;
    }

    /** The status in words a citizen understands. */
    public String label() {
        return label;
    }

    /** What the citizen should do now. */
    public String nextStep() {
        return nextStep;
    }

    /** Closed dossiers have an outcome; nothing is due and no reminder is sent. */
    public boolean isClosed() {
        return CLOSED.contains(this);
    }

    /** The clock stops while the office waits for the citizen's documents. */
    public boolean pausesTheClock() {
        return this == SUPPLEMENT_REQUESTED;
    }

    /** Whether a dossier in this status may move to {@code next}. Staying in progress (a new step) is allowed. */
    public boolean canMoveTo(DossierStatus next) {
        return switch (this) {
            case RECEIVED -> next != RECEIVED && next != RETURNED;
            case IN_PROGRESS -> next != RECEIVED && next != RETURNED;
            case SUPPLEMENT_REQUESTED -> EnumSet.of(RECEIVED, IN_PROGRESS, REJECTED, STOPPED, WITHDRAWN).contains(next);
            case AWAITING_PAYMENT -> EnumSet.of(IN_PROGRESS, RESULT_READY, REJECTED, STOPPED, WITHDRAWN).contains(next);
            case RESULT_READY -> next == RETURNED;
            case RETURNED, REJECTED, STOPPED, WITHDRAWN -> false;
        };
    }
}
