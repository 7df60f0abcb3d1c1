package dev.rehearse.interview.internal;

import dev.rehearse.interview.ClosedBy;
import dev.rehearse.interview.InterviewMode;
import dev.rehearse.interview.InterviewProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finishes what time has finished, with no browser open: at start-up and every few seconds it closes questions and
 * interviews whose deadline plus grace has passed, keeping the saved text. A mock interview keeps running question
 * after question in wall-clock time, as a real one would; a practice interview waits for the person.
 */
@Component
public class InterviewExpiryJob implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InterviewExpiryJob.class);

    private final InterviewRepository interviews;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration grace;

    InterviewExpiryJob(InterviewRepository interviews, TransactionTemplate transactions, Clock clock,
            InterviewProperties properties) {
        this.interviews = interviews;
        this.transactions = transactions;
        this.clock = clock;
        this.grace = Duration.ofSeconds(properties.graceSeconds());
    }

    @Override
    public void run(ApplicationArguments args) {
        int closed = closeExpired();
        if (closed > 0) {
            log.info("Closed {} interview(s) whose time ran out while the server was down", closed);
        }
    }

    @Scheduled(fixedDelayString = "${app.interview.expiry-check-millis:5000}",
            initialDelayString = "${app.interview.expiry-check-millis:5000}")
    public void scheduled() {
        closeExpired();
    }

    /** Closes every expired question and interview; returns how many interviews it changed. */
    public int closeExpired() {
        Instant now = clock.instant();
        List<java.util.UUID> ids = transactions.execute(s ->
                interviews.findOpenPastDeadline(now.minus(grace)).stream().map(Interview::getId).toList());
        int changed = 0;
        for (java.util.UUID id : ids) {
            try {
                Boolean done = transactions.execute(s -> interviews.findById(id).map(interview -> {
                    interview.catchUp(now, grace, interview.getMode() == InterviewMode.MOCK, ClosedBy.SERVER);
                    return true;
                }).orElse(false));
                if (Boolean.TRUE.equals(done)) {
                    changed++;
                }
            } catch (OptimisticLockingFailureException e) {
                log.debug("Interview {} changed while closing it; the next run takes it", id);
            }
        }
        return changed;
    }
}
