package dev.rehearse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.interview.InterviewService;
import dev.rehearse.interview.InterviewSetup;
import dev.rehearse.interview.InterviewState;
import dev.rehearse.review.AssessmentService;
import dev.rehearse.review.SelfRating;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.RatedAnswers;
import dev.rehearse.support.TestUsers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deleting an account leaves no row of the person in any table of the schema, and nothing of anyone else goes.
 * Every table is looked at: one whose rows this test cannot tie to an account fails it, unless it is listed as
 * holding no personal data, so a new table of personal data cannot be forgotten by the deletion.
 */
@IntegrationTest
class AccountDeletionTest {

    /** Tables that hold the bank and the schema's history, nobody's data. */
    static final Set<String> NO_PERSONAL_DATA = Set.of("question", "question_version", "question_key_point",
            "flyway_schema_history",
            // what administrators did, kept as the record of it after an account goes (admin feature, V10); the
            // deletion of a plain user's account leaves no row there, since only administrators act
            "admin_audit_entry");

    @Autowired
    AccountService accounts;
    @Autowired
    InterviewService interviews;
    @Autowired
    AssessmentService assessments;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void afterDeletionNoTableHoldsARowOfThePersonAndEveryoneElsesRowsStay() {
        String leaver = users.register("leaver");
        String stayer = users.register("stayer");
        users.as(leaver, () -> leaveSomethingInEveryTable(leaver));
        users.as(stayer, () -> leaveSomethingInEveryTable(stayer));
        long leaverId = idOf(leaver);
        long stayerId = idOf(stayer);

        Map<String, Long> leaversRows = rowsPerTable(leaverId, leaver);
        Map<String, Long> stayersRows = rowsPerTable(stayerId, stayer);
        assertThat(leaversRows).as("the test leaves rows of the person in every table of personal data")
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());

        users.as(leaver, () -> accounts.deleteAccount(TestUsers.PASSWORD));

        assertThat(rowsPerTable(leaverId, leaver)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(rowsPerTable(stayerId, stayer)).isEqualTo(stayersRows);
        assertThat(jdbc.sql("select count(*) from user_account where username = :name").param("name", leaver)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aWrongOrMissingPasswordIsRefusedWithAMessageAndDeletesNothing() {
        String careful = users.register("careful");
        users.as(careful, () -> leaveSomethingInEveryTable(careful));
        long id = idOf(careful);
        Map<String, Long> before = rowsPerTable(id, careful);

        for (String wrong : new String[] {"not my password", "", null}) {
            assertThatThrownBy(() -> users.as(careful, () -> accounts.deleteAccount(wrong)))
                    .isInstanceOf(AccountException.class)
                    .hasMessage("That is not your password. Nothing was deleted.");
        }

        assertThat(rowsPerTable(id, careful)).isEqualTo(before);
    }

    /** A rated answer with a corrected tick and a note, then an open interview with a typed answer. */
    private void leaveSomethingInEveryTable(String username) {
        RatedAnswers.answerOneAndRate(interviews, assessments, SelfRating.HARD);
        UUID answered = latestInterview(username);
        assessments.correctTick(answered, 1, 0, true);
        assessments.saveNote(answered, 1, "look up the lifespan again");

        UUID open = interviews.start(new InterviewSetup(2, 60, Set.of(), Set.of())).id();
        InterviewState s = interviews.current(open);
        interviews.saveAnswer(open, s.onScreen().itemId(), "a draft of an answer", s.onScreen().revision());
        // a browser that keeps the person signed in
        jdbc.sql("insert into persistent_logins (username, series, token, last_used) values (:name, :series, 't', "
                + "current_timestamp)").param("name", username).param("series", "series-of-" + username).update();
    }

    private UUID latestInterview(String username) {
        return jdbc.sql("""
                        select v.id from interview v join user_account a on a.id = v.owner_id
                        where a.username = :name order by v.started_at desc, v.id limit 1""")
                .param("name", username).query(UUID.class).single();
    }


    private long idOf(String username) {
        return jdbc.sql("select id from user_account where username = :name").param("name", username)
                .query(Long.class).single();
    }

    /**
     * For every table of the schema but the bank's, how many of its rows belong to account {@code id}: by the
     * account's own id, its owner, its interview or its answer (an interview item).
     */
    private Map<String, Long> rowsPerTable(long id, String username) {
        String interviewsOf = "(select id from interview where owner_id = :id)";
        String itemsOf = "(select id from interview_item where interview_id in " + interviewsOf + ")";
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : tables()) {
            if (NO_PERSONAL_DATA.contains(table)) {
                continue;
            }
            List<String> columns = columnsOf(table);
            String owned;
            if (table.equals("user_account")) {
                owned = "id = :id";
            } else if (table.equals("persistent_logins")) {
                owned = "username = '" + username + "'";
            } else if (table.equals("interview_item")) {
                owned = "interview_id in " + interviewsOf;
            } else if (columns.contains("owner_id")) {
                owned = "owner_id = :id";
            } else if (columns.contains("item_id")) {
                owned = "item_id in " + itemsOf;
            } else if (columns.contains("interview_id")) {
                owned = "interview_id in " + interviewsOf;
            } else {
                throw new AssertionError("Table " + table + " has rows this test cannot tie to an account: say how "
                        + "the account deletion removes them, or list it as holding no personal data");
            }
            rows.put(table, jdbc.sql("select count(*) from " + table + " where " + owned).param("id", id)
                    .query(Long.class).single());
        }
        return rows;
    }

    private List<String> tables() {
        return jdbc.sql("""
                        select lower(table_name) from information_schema.tables
                        where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' order by 1""")
                .query(String.class).list();
    }

    private List<String> columnsOf(String table) {
        return jdbc.sql("""
                        select lower(column_name) from information_schema.columns
                        where table_schema = 'PUBLIC' and lower(table_name) = :table""")
                .param("table", table.toLowerCase(Locale.ROOT)).query(String.class).list();
    }
}
