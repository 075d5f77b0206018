package vn.gov.ward.suites;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The three longest plain tests (two instances of the assistant started side by side, the modules' verification over
 * every class, the dossier store's batches), apart from {@link PlainSuite} so that they are handed out last: Surefire
 * gives the suites to its two JVMs in the order of their names, each JVM taking the next when it is free, and this
 * name sorts after every other suite's. With {@code -Pscale-out} the JVM beside the application suite has the
 * console's, the plain and the Cluster and Sentinel suites to run and took 60 s longer than the application suite:
 * now whichever JVM is free first at the end takes these (about 35 s). None of them mocks anything (the plain tests'
 * reason to stay out of the application JVM is Mockito rewriting the classes it mocks), and by then the application
 * suite is done.
 */
@Suite
@ConfigurationParameter(key = "junit.jupiter.testclass.order.default", value = "org.junit.jupiter.api.ClassOrderer$ClassName")
@SelectPackages("vn.gov.ward.assistant")
@IncludeClassNamePatterns({TailSuite.TWO_INSTANCES, TailSuite.MODULES, TailSuite.DOSSIER_STORE})
@ExcludeTags("application")
class TailSuite {

    static final String TWO_INSTANCES = "vn\\.gov\\.ward\\.assistant\\.TwoInstancesTest";
    static final String MODULES = "vn\\.gov\\.ward\\.assistant\\.ModulesTest";
    static final String DOSSIER_STORE = "vn\\.gov\\.ward\\.assistant\\.dossier\\.internal\\.DossierStoreTest";
}
