package vn.gov.ward.assistant.redis;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import vn.gov.ward.assistant.support.OnRedisCluster;
import vn.gov.ward.assistant.support.RedisClusterForTests;

/**
 * A master of a Redis Cluster (3 masters, each with a replica) dies mid-run: the one serving the Zalo inbox's slot, so
 * the webhook, the inbox's stream and a third of the dossiers lose their master at once; the other masters elect its
 * replica. The killed node stays down (this cluster serves this test only).
 */
@OnRedisCluster(replicas = true)
class ClusterCrashTest extends MasterCrashTestBase {

    /** A key of the Zalo inbox's slot (its hash tag). */
    static final String ZALO_INBOX = "{zalo-inbox}";
    final RedisClusterForTests cluster = RedisClusterForTests.withReplicas();

    @Override
    void awaitReplicasCaughtUp() {
        cluster.awaitReplicasCaughtUp();
    }

    @Override
    int crashMaster() {
        return cluster.crashMasterOf(ZALO_INBOX);
    }

    @Override
    void awaitReplicaElected(int crashed) {
        await().atMost(SWITCH).pollInterval(Duration.ofMillis(100)).until(() -> cluster.masterOf(ZALO_INBOX) != crashed);
    }
}
