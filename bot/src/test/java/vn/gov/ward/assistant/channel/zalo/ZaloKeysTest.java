package vn.gov.ward.assistant.channel.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.ClusterSlotHashUtil;

class ZaloKeysTest {

    @Test
    void theInboxScriptsKeysShareOneClusterSlot() {
        for (String eventId : new String[] {"msg:8f1e", "follow:8412:1741572000000"}) {
            assertThat(ClusterSlotHashUtil.calculateSlot(ZaloKeys.event(eventId))).isEqualTo(ClusterSlotHashUtil.calculateSlot(ZaloKeys.EVENTS));
        }
    }
}
