package vn.gov.ward.assistant.dossier;

import vn.gov.ward.assistant.support.OnRedisCluster;

/** A status change's effects (the survey on RETURNED, once, a failing listener retried) on a 3-master Redis Cluster. */
@OnRedisCluster
class DossierEffectsOnClusterTest extends DossierEffectsTest {
}
