package dev.rehearse.support;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * One holder of the signed-in user for every test context of the JVM. Vaadin gives each application context a new
 * holder and installs it globally, so a context cached from an earlier test class would read another holder than
 * the one the test writes to. Sharing one keeps method security, the views and the tests in agreement.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SharedSecurityContextConfig {

    private static final SecurityContextHolderStrategy SHARED = new VaadinAwareSecurityContextHolderStrategy();

    @Bean
    SecurityContextHolderStrategy securityContextHolderStrategy() {
        return SHARED;
    }
}
