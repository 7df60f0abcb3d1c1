package dev.rehearse.interview.internal;

import dev.rehearse.interview.InterviewProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finishes what time has finished, with no browser open: closes the questions and interviews whose deadline plus
 * grace has passed, keeping the saved text. What closes is the interview's time policy's decision (a mock
 * interview runs on question after question in wall-clock time; a practice interview waits for the person). Run at
 * start-up and every few seconds by {@link InterviewExpirySchedule}.
 */
@Component
public class InterviewExpiryJob {

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
        this.grace = properties.grace();
    }

    /** Closes every expired question and interview, each in its own transaction; returns how many it changed. */
    public int closeExpired() {
        Instant now = clock.instant();
        List<UUID> ids = transactions.execute(s -> interviews.findOpenWithDeadlineBefore(now.minus(grace)));
        int changed = 0;
        for (UUID id : ids) {
            try {
                Boolean done = transactions.execute(s -> interviews.findById(id).map(interview -> {
                    interview.expire(now, grace);
                    interviews.save(interview);
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
