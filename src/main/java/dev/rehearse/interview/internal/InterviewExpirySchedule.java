package dev.rehearse.interview.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the expiry job once at start-up (for what ran out while the server was down) and then every
 * {@code app.interview.expiry-check-millis}. Off when {@code app.interview.expiry-job.enabled=false}, as in the
 * tests, which call the job themselves.
 */
@Component
@ConditionalOnBooleanProperty(name = "app.interview.expiry-job.enabled", matchIfMissing = true)
class InterviewExpirySchedule implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InterviewExpirySchedule.class);

    private final InterviewExpiryJob job;

    InterviewExpirySchedule(InterviewExpiryJob job) {
        this.job = job;
    }

    @Override
    public void run(ApplicationArguments args) {
        int closed = job.closeExpired();
        if (closed > 0) {
            log.info("Closed {} interview(s) whose time ran out while the server was down", closed);
        }
    }

    @Scheduled(fixedDelayString = "${app.interview.expiry-check-millis:5000}",
            initialDelayString = "${app.interview.expiry-check-millis:5000}")
    void scheduled() {
        job.closeExpired();
    }
}
