package dev.rehearse.interview.internal;

import dev.rehearse.security.AccountClosing;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Deletes a closing account's interviews and every answer in them, after what references them has gone. */
@Component
class InterviewDataEraser {

    private final JdbcClient jdbc;

    InterviewDataEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(AccountClosing.INTERVIEWS)
    void on(AccountClosing closing) {
        jdbc.sql("delete from interview_item where interview_id in (select id from interview where owner_id = :owner)")
                .param("owner", closing.accountId()).update();
        jdbc.sql("delete from interview where owner_id = :owner").param("owner", closing.accountId()).update();
    }
}
