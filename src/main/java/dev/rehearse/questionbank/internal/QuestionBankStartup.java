package dev.rehearse.questionbank.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Syncs the bank folder into the database on every start, before anything else runs. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class QuestionBankStartup implements ApplicationRunner {

    private final QuestionBankSync sync;

    QuestionBankStartup(QuestionBankSync sync) {
        this.sync = sync;
    }

    @Override
    public void run(ApplicationArguments args) {
        sync.syncFromFolder();
    }
}
