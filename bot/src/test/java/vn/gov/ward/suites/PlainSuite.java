package vn.gov.ward.suites;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.ExcludeClassNamePatterns;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The plain tests (no Spring context shared with others), beside {@link ApplicationSuite}, never in its JVM:
 * Mockito's inline mocks rewrite the classes they mock for the rest of their JVM, which made the application tests
 * slower when they shared one. Its three longest classes are {@link TailSuite}, handed out last.
 */
@Suite
@ConfigurationParameter(key = "junit.jupiter.testclass.order.default", value = "org.junit.jupiter.api.ClassOrderer$ClassName")
@SelectPackages("vn.gov.ward.assistant")
@ExcludeTags("application")
@ExcludeClassNamePatterns({TailSuite.TWO_INSTANCES, TailSuite.MODULES, TailSuite.DOSSIER_STORE})
class PlainSuite {
}
