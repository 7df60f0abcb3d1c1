package dev.rehearse.progress.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The person's closed answers as progress needs them, in SQL over the interview tables and review's rating and
 * coverage tables (their owners write them; the columns read here are their contract).
 */
@Repository
public class ProgressQueries {

    private final JdbcClient jdbc;

    ProgressQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A closed answer: when, the points made of all (null when never judged) and its rating name (or null). */
    public record AnswerPoint(Instant closedAt, Integer made, Integer total, String rating) {
    }

    /** Every closed answer of the person, oldest first. */
    public List<AnswerPoint> closedAnswers(long owner) {
        return jdbc.sql("""
                        select it.closed_at, c.points_made, c.points_total, a.rating
                        from interview i
                        join interview_item it on it.interview_id = i.id
                        left join answer_coverage c on c.item_id = it.id
                        left join answer_assessment a on a.item_id = it.id
                        where i.owner_id = :owner and it.closed_at is not null
                        order by it.closed_at""")
                .param("owner", owner)
                .query((rs, n) -> new AnswerPoint(rs.getObject(1, OffsetDateTime.class).toInstant(),
                        (Integer) rs.getObject(2), (Integer) rs.getObject(3), rs.getString(4)))
                .list();
    }

    /** The ids of the questions the person answered, by topic of the version they answered. */
    public List<String[]> answeredQuestionsByTopic(long owner) {
        return jdbc.sql("""
                        select distinct qv.topic, qv.question_id
                        from interview i
                        join interview_item it on it.interview_id = i.id
                        join question_version qv on qv.id = it.question_version_id
                        where i.owner_id = :owner and it.closed_at is not null""")
                .param("owner", owner)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
    }
}
