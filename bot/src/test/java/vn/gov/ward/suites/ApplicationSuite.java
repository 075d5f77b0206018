package vn.gov.ward.suites;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The application tests ({@code @AssistantTest}, tagged "application") but the console's, in a forked JVM of their
 * own: classes sharing a Spring context must share a JVM, and these take the longest. Without {@code -Dtest},
 * bot/pom.xml runs the suites of this package in two JVMs at the same time, each JVM taking the next suite when it
 * is free. Each suite runs its classes in the order of their names, the same in every run; this one and the Cluster
 * and Sentinel suite, with several contexts, keep each context's classes together ({@link ByContextThenName}). Outside
 * {@code vn.gov.ward.assistant}, so that a {@code -Dtest} pattern over the tests never picks a suite.
 */
@Suite
@ConfigurationParameter(key = "junit.jupiter.testclass.order.default", value = "vn.gov.ward.suites.ByContextThenName")
@SelectPackages("vn.gov.ward.assistant")
@IncludeTags("application")
@ExcludeTags({"console", "redis-cluster", "redis-sentinel"})
class ApplicationSuite {
}
