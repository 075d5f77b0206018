package vn.gov.ward.assistant.retention;

import vn.gov.ward.assistant.support.OnRedisCluster;

/** The daily retention pass (a scan of every master for dossiers and tickets) on a 3-master Redis Cluster. */
@OnRedisCluster
class RetentionPassOnClusterTest extends RetentionPassTest {
}
