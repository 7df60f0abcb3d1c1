package dev.rehearse.attempts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The person's closed answers to one question, read in SQL over the interview tables and review's assessment and
 * coverage tables (their owners write them; the columns read here are their contract). One query for the answers,
 * one for the corrected ticks of all of them. SQL that H2 and PostgreSQL both run.
 */
@Repository
public class AttemptQueries {

    private final JdbcClient jdbc;

    AttemptQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A closed answer as stored. {@code verdicts}: the checker's kept verdict, one character per key point ('1'
     * made), or null when it has not judged the answer; {@code rating}: a SelfRating name or null; {@code closedBy}:
     * how the question closed.
     */
    public record AttemptRow(long itemId, UUID interviewId, int position, long versionId, String answer,
            Instant closedAt, int timeUsedSeconds, int timeLimitSeconds, String closedBy, String rating,
            String verdicts) {
    }

    public List<AttemptRow> closedAnswers(long owner, String questionId) {
        return jdbc.sql("""
                        select it.id, it.interview_id, it.position, it.question_version_id, it.answer_text,
                               it.closed_at, it.time_used_seconds, it.time_limit_seconds, it.closed_by,
                               a.rating, c.verdicts
                        from interview_item it
                        join interview i on i.id = it.interview_id
                        join question_version qv on qv.id = it.question_version_id
                        left join answer_assessment a on a.item_id = it.id
                        left join answer_coverage c on c.item_id = it.id
                        where i.owner_id = :owner and qv.question_id = :question and it.closed_at is not null
                        order by it.closed_at desc, it.id desc""")
                .param("owner", owner).param("question", questionId)
                .query((rs, n) -> new AttemptRow(rs.getLong(1), rs.getObject(2, UUID.class), rs.getInt(3) + 1,
                        rs.getLong(4), rs.getString(5), instant(rs, 6), rs.getInt(7), rs.getInt(8), rs.getString(9),
                        rs.getString(10), rs.getString(11)))
                .list();
    }

    /** The person's own verdicts on key points, by answer and then by point index (from 0). */
    public Map<Long, Map<Integer, Boolean>> corrections(Collection<Long> itemIds) {
        Map<Long, Map<Integer, Boolean>> byItem = new HashMap<>();
        if (itemIds.isEmpty()) {
            return byItem;
        }
        jdbc.sql("select item_id, point_index, covered from answer_tick where item_id in (:items)")
                .param("items", itemIds)
                .query((rs, n) -> {
                    byItem.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getBoolean(3));
                    return null;
                })
                .list();
        return byItem;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
