package vn.gov.ward.suites;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** The console's application tests ({@code @ConsoleTest}, one Spring context), beside {@link ApplicationSuite}. */
@Suite
@ConfigurationParameter(key = "junit.jupiter.testclass.order.default", value = "org.junit.jupiter.api.ClassOrderer$ClassName")
@SelectPackages("vn.gov.ward.assistant")
@IncludeTags("console")
@ExcludeTags({"redis-cluster", "redis-sentinel"})
class ConsoleSuite {
}
