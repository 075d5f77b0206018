package vn.gov.ward.suites;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The core flows on a Redis Cluster and the Sentinel failover, with {@code -Pscale-out} only. Named to come second
 * in the suites' alphabetical order: it starts beside {@link ApplicationSuite}, and the shorter console and plain
 * suites fill in after it, whichever JVM is free first.
 */
@Suite
@ConfigurationParameter(key = "junit.jupiter.testclass.order.default", value = "vn.gov.ward.suites.ByContextThenName")
@SelectPackages("vn.gov.ward.assistant")
@IncludeTags("redis-cluster | redis-sentinel")
class ClusterAndSentinelSuite {
}
