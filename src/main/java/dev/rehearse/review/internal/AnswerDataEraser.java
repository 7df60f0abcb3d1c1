package dev.rehearse.review.internal;

import dev.rehearse.security.AccountClosing;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Deletes a closing account's ticks, ratings, notes and kept verdicts, before its interviews go. */
@Component
class AnswerDataEraser {

    private static final String OWNERS_ITEMS = """
            item_id in (select i.id from interview_item i join interview v on v.id = i.interview_id
                        where v.owner_id = :owner)""";

    private final JdbcClient jdbc;

    AnswerDataEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(AccountClosing.BEFORE_INTERVIEWS)
    void on(AccountClosing closing) {
        for (String table : new String[] {"answer_tick", "answer_assessment", "answer_coverage"}) {
            jdbc.sql("delete from " + table + " where " + OWNERS_ITEMS).param("owner", closing.accountId()).update();
        }
    }
}
