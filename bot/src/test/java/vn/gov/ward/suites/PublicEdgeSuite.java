package vn.gov.ward.suites;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The public edge's application tests ({@code PublicEdgeTestBase}, one Spring context), taken out of {@link ApplicationSuite}
 * so that the two JVMs finish at about the same time.
 */
@Suite
@ConfigurationParameter(key = "junit.jupiter.testclass.order.default", value = "org.junit.jupiter.api.ClassOrderer$ClassName")
@SelectPackages("vn.gov.ward.assistant")
@IncludeTags("public-edge")
@ExcludeTags({"redis-cluster", "redis-sentinel"})
class PublicEdgeSuite {
}
