package dev.rehearse.scheduling.internal;

import dev.rehearse.security.AccountClosing;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Deletes a closing account's memory state and latest coverage. */
@Component
class MemoryDataEraser {

    private final JdbcClient jdbc;

    MemoryDataEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(AccountClosing.BEFORE_INTERVIEWS)
    void on(AccountClosing closing) {
        for (String table : new String[] {"memory_card", "latest_coverage"}) {
            jdbc.sql("delete from " + table + " where owner_id = :owner").param("owner", closing.accountId()).update();
        }
    }
}
