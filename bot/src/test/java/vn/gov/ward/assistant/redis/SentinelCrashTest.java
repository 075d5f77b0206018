package vn.gov.ward.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;

import vn.gov.ward.assistant.support.OnRedisSentinel;
import vn.gov.ward.assistant.support.RedisSentinelForTests;

/** The master of the Sentinel setup dies mid-run; the Sentinels elect the replica; the killed node comes back as its replica. */
@OnRedisSentinel
class SentinelCrashTest extends MasterCrashTestBase {

    final RedisSentinelForTests redis = RedisSentinelForTests.shared();
    int replica;

    @Override
    void awaitReplicasCaughtUp() {
        redis.awaitReplicaCaughtUp();
    }

    @Override
    int crashMaster() {
        replica = redis.replicaPort();
        return redis.crashMaster();
    }

    @Override
    void awaitReplicaElected(int crashed) {
        redis.awaitMaster(replica);
        assertThat(redis.masterPort()).as("the replica is the master now").isEqualTo(replica).isNotEqualTo(crashed);
    }

    @Override
    void restart(int crashed) {
        redis.restartCrashed(crashed);
    }
}
