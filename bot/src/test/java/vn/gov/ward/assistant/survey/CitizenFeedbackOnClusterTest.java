package vn.gov.ward.assistant.survey;

import vn.gov.ward.assistant.support.OnRedisCluster;

/** Surveys on return, ratings and feedback tickets on a 3-master Redis Cluster. */
@OnRedisCluster
class CitizenFeedbackOnClusterTest extends CitizenFeedbackTest {
}
