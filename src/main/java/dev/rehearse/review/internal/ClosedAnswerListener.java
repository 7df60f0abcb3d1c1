package dev.rehearse.review.internal;

import dev.rehearse.interview.AnswerClosed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Judges every answer once it is closed and committed, in a transaction of its own: a failure here is logged and
 * never undoes the closing of the answer.
 */
@Component
class ClosedAnswerListener {

    private static final Logger log = LoggerFactory.getLogger(ClosedAnswerListener.class);

    private final AnswerCoverageStore store;
    private final CoverageReporter reporter;

    ClosedAnswerListener(AnswerCoverageStore store, CoverageReporter reporter) {
        this.store = store;
        this.reporter = reporter;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AnswerClosed closed) {
        try {
            store.closedItemAt(closed.interviewId(), closed.position()).ifPresent(reporter::report);
        } catch (RuntimeException e) {
            log.warn("Could not judge the coverage of answer {} of interview {}: {}", closed.position(),
                    closed.interviewId(), e.toString());
        }
    }
}
