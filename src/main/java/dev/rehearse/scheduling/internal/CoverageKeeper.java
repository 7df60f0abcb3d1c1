package dev.rehearse.scheduling.internal;

import dev.rehearse.scheduling.AnswerCovered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the coverage of each latest answer, in the transaction of whoever measured it. */
@Component
class CoverageKeeper {

    private final LatestCoverageStore store;

    CoverageKeeper(LatestCoverageStore store) {
        this.store = store;
    }

    @EventListener
    void on(AnswerCovered covered) {
        store.keep(covered);
    }
}
