package dev.rehearse.questionbank.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Syncs the bank folder into the database on every start, once every bean exists and before the web server takes
 * its first request, so nobody ever sees an empty or half-loaded bank.
 */
@Component
class QuestionBankStartup implements SmartInitializingSingleton {

    private final QuestionBankSync sync;

    QuestionBankStartup(QuestionBankSync sync) {
        this.sync = sync;
    }

    @Override
    public void afterSingletonsInstantiated() {
        sync.syncFromFolder();
    }
}
