package vn.gov.ward.assistant.channel.zalo.api;

import java.time.Instant;
import java.util.List;

/**
 * A ZNS service rating, as read back from {@code rating/get}.
 *
 * @param stars       1–5
 * @param feedbacks   the preset phrases the user ticked
 * @param messageId   the ZNS {@code msg_id} the rating answers
 * @param trackingId  our {@code tracking_id} from the send
 * @param submittedAt null when Zalo gave no readable time
 */
public record Rating(int stars, String note, List<String> feedbacks, String messageId, String trackingId,
        Instant submittedAt) {

    public Rating {
        feedbacks = feedbacks == null ? List.of() : List.copyOf(feedbacks);
    }
}
