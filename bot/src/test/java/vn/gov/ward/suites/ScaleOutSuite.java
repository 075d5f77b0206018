package vn.gov.ward.suites;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** The core flows on a Redis Cluster and the Sentinel failover, with {@code -Pscale-out} only, beside {@link ApplicationSuite}. */
@Suite
@ConfigurationParameter(key = "junit.jupiter.testclass.order.default", value = "vn.gov.ward.suites.ByContextThenName")
@SelectPackages("vn.gov.ward.assistant")
@IncludeTags("redis-cluster | redis-sentinel")
class ScaleOutSuite {
}
