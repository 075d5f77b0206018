package vn.gov.ward.assistant.channel.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.ClusterSlotHashUtil;

class ZaloKeysTest {

    @Test
    void theInboxScriptsKeysShareOneClusterSlot() {
        assertThat(ClusterSlotHashUtil.calculateSlot(ZaloKeys.EVENT_IDS)).isEqualTo(ClusterSlotHashUtil.calculateSlot(ZaloKeys.EVENTS));
    }

    @Test
    void anEventsIdIsHeldLongerThanTheWebhookAcceptsTheEvent() {
        for (Duration window : new Duration[] {Duration.ofHours(24), Duration.ofDays(30)}) {
            assertThat(ZaloKeys.heldFor(window)).isGreaterThanOrEqualTo(window.plus(ZaloKeys.CLOCK_SKEW));
        }
        assertThat(ZaloKeys.heldFor(Duration.ofHours(24))).isGreaterThanOrEqualTo(Duration.ofHours(24));
    }

    @Test
    void onlyWhatZaloCountsIsAnInteraction() {
        for (String counted : new String[] {"user_send_text", "user_send_image", "user_send_sticker", "user_click_button", "follow",
                "user_submit_info"}) {
            assertThat(ZaloInteractions.counts(counted)).as(counted).isTrue();
        }
        for (String notCounted : new String[] {"user_seen_message", "user_received_message", "unfollow", "add_user_to_tag",
                "user_feedback", "oa_send_text"}) {
            assertThat(ZaloInteractions.counts(notCounted)).as(notCounted).isFalse();
        }
    }
}
