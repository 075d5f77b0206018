package vn.gov.ward.assistant.upkeep;

import vn.gov.ward.assistant.support.OnRedisCluster;

/** The console's knowledge changes (the ward's additions, written in one script, undone) on a 3-master Redis Cluster. */
@OnRedisCluster
class KnowledgeUpkeepOnClusterTest extends KnowledgeUpkeepTest {
}
