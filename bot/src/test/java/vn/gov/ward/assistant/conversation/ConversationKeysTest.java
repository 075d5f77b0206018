package vn.gov.ward.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.ClusterSlotHashUtil;

class ConversationKeysTest {

    @Test
    void theLookupGuardsScriptKeysShareOneClusterSlot() {
        List<String> keys = List.of(ConversationKeys.failuresOfDossier("000.32.33.H26-260310-0001"),
                ConversationKeys.failuresOfClient("web-ip:203.0.113.7"), ConversationKeys.failuresOverall(),
                ConversationKeys.dossierLock("000.32.33.H26-260310-0001"), ConversationKeys.clientLock("zalo:8412"),
                ConversationKeys.overallLock());
        assertThat(keys.stream().map(ClusterSlotHashUtil::calculateSlot).distinct()).hasSize(1);
    }

    @Test
    void noClientAddressOrUserIdAppearsInAKeyName() {
        assertThat(ConversationKeys.failuresOfClient("web-ip:203.0.113.7")).doesNotContain("203.0.113.7");
        assertThat(ConversationKeys.clientLock("zalo:8412345")).doesNotContain("8412345");
    }
}
