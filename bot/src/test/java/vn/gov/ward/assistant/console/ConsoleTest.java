package vn.gov.ward.assistant.console;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.TestPropertySource;

import vn.gov.ward.assistant.AssistantTest;

/**
 * The assistant with console accounts (the demo accounts of config/officers.yml, and one to lock out)
 * and a small per-client sign-in limit; every console test class (and the report's) shares this one application context.
 * Tagged "console": without -Dtest these run in the JVM beside the other application tests (vn.gov.ward.suites).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AssistantTest
@Tag("console")
@TestPropertySource(properties = {
        "console.accounts[0].officer=" + ConsoleFixtures.ADMIN, "console.accounts[0].role=ADMIN",
        "console.accounts[0].password-hash=" + ConsoleFixtures.ADMIN_HASH,
        "console.accounts[1].officer=" + ConsoleFixtures.LEADER, "console.accounts[1].role=LEADER",
        "console.accounts[1].password-hash=" + ConsoleFixtures.LEADER_HASH,
        "console.accounts[2].officer=" + ConsoleFixtures.OFFICER, "console.accounts[2].role=OFFICER",
        "console.accounts[2].password-hash=" + ConsoleFixtures.OFFICER_HASH,
        "console.accounts[3].officer=" + ConsoleFixtures.LOCKED_OUT, "console.accounts[3].role=OFFICER",
        "console.accounts[3].password-hash=" + ConsoleFixtures.OFFICER_HASH,
        "console.login.per-account=3", "console.login.per-client=6"
})
public @interface ConsoleTest {
}
