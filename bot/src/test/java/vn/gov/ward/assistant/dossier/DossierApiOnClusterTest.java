package vn.gov.ward.assistant.dossier;

import vn.gov.ward.assistant.support.OnRedisCluster;

/** Intake over HTTP (a dossier put and read, status changes with their effects) on a 3-master Redis Cluster. */
@OnRedisCluster
class DossierApiOnClusterTest extends DossierApiTest {
}
