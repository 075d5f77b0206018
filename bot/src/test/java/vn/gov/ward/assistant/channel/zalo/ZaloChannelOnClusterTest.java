package vn.gov.ward.assistant.channel.zalo;

import vn.gov.ward.assistant.support.OnRedisCluster;

/** The Zalo inbox (signed webhook events answered once) and the outbox sending on a 3-master Redis Cluster. */
@OnRedisCluster
class ZaloChannelOnClusterTest extends ZaloChannelTest {
}
