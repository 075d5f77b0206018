package vn.gov.ward.assistant.dossier;

import vn.gov.ward.assistant.support.OnRedisCluster;

/** The CSV import (many dossiers in one pipelined batch, their moves announced) on a 3-master Redis Cluster. */
@OnRedisCluster
class DossierCsvImportOnClusterTest extends DossierCsvImportTest {
}
