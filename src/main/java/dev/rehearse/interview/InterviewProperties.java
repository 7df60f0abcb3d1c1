package dev.rehearse.interview;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code app.interview.grace-seconds}: how long after a deadline a save still counts. */
@ConfigurationProperties(prefix = "app.interview")
public record InterviewProperties(Integer graceSeconds) {

    public InterviewProperties {
        if (graceSeconds == null) {
            graceSeconds = 2;
        }
    }

    public Duration grace() {
        return Duration.ofSeconds(graceSeconds);
    }
}
