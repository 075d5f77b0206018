package vn.gov.ward.assistant.conversation;

import vn.gov.ward.assistant.support.OnRedisCluster;

/** A citizen's status lookup in the chat (the check digits, the lookup guard's script) on a 3-master Redis Cluster. */
@OnRedisCluster
class DossierLookupChatOnClusterTest extends DossierLookupChatTest {
}
