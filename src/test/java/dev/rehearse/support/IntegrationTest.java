package dev.rehearse.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A service test on an in-memory H2 with the test bank, a clock the test moves, and {@link TestUsers}. The expiry
 * job does not run on its own: the tests that need it call it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import({TestClockConfig.class, TestUsers.class, SharedSecurityContextConfig.class})
public @interface IntegrationTest {
}
