package dev.rehearse.review.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The answer_coverage table (the checker's verdict on each closed answer) and what it is read with. */
@Repository
public class AnswerCoverageStore {

    private final JdbcClient jdbc;

    AnswerCoverageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A closed answer with what measuring it needs. {@code verdicts} holds one character per key point, '1' made and
     * '0' not, or is null when the checker has not judged this answer yet.
     */
    public record ClosedAnswerRow(long itemId, long ownerId, String questionId, long versionId, String answer,
            Instant closedAt, String verdicts) {
    }

    /** The item at {@code position} (from 1) of an interview, if that question is closed. */
    public Optional<Long> closedItemAt(UUID interviewId, int position) {
        return jdbc.sql("""
                        select id from interview_item
                        where interview_id = :interview and position = :position and closed_at is not null""")
                .param("interview", interviewId).param("position", position - 1).query(Long.class).optional();
    }

    public Optional<ClosedAnswerRow> closedAnswer(long itemId) {
        return jdbc.sql("""
                        select i.id, v.owner_id, qv.question_id, i.question_version_id, i.answer_text, i.closed_at,
                               c.verdicts
                        from interview_item i join interview v on v.id = i.interview_id
                        join question_version qv on qv.id = i.question_version_id
                        left join answer_coverage c on c.item_id = i.id
                        where i.id = :item and i.closed_at is not null""")
                .param("item", itemId)
                .query((rs, n) -> new ClosedAnswerRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7)))
                .optional();
    }

    public void saveVerdicts(long itemId, String verdicts) {
        int made = (int) verdicts.chars().filter(c -> c == '1').count();
        jdbc.sql("""
                        insert into answer_coverage (item_id, verdicts, points_made, points_total)
                        select :item, :verdicts, :made, :total
                        where not exists (select 1 from answer_coverage where item_id = :item)""")
                .param("item", itemId).param("verdicts", verdicts).param("made", made)
                .param("total", verdicts.length()).update();
    }

    /** How many points the answer made with the person's corrections on top, for the history's coverage filter. */
    public void savePointsMade(long itemId, int made) {
        jdbc.sql("update answer_coverage set points_made = :made where item_id = :item")
                .param("item", itemId).param("made", made).update();
    }

    /** The person's corrections of one answer's ticks, by key point (from 0). */
    public Map<Integer, Boolean> corrections(long itemId) {
        Map<Integer, Boolean> ticks = new HashMap<>();
        jdbc.sql("select point_index, covered from answer_tick where item_id = :item").param("item", itemId)
                .query(rs -> {
                    ticks.put(rs.getInt(1), rs.getBoolean(2));
                });
        return ticks;
    }
}
