package dev.rehearse.coverage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The app's checker: made when the app starts, so the model loads in the background before the first review. */
@Configuration(proxyBeanMethods = false)
class CoverageConfiguration {

    @Bean
    CoverageChecker coverageChecker() {
        return CoverageChecker.standard();
    }
}
