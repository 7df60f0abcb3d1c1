package dev.rehearse.review.internal;

import dev.rehearse.interview.ClosedAnswer;
import dev.rehearse.interview.ClosedBy;
import dev.rehearse.interview.InterviewStatus;
import dev.rehearse.review.HistoryRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read side of interviews, in SQL over the interview tables (which the interview feature owns and writes; the
 * columns read here are their contract). Each page of the history is one query with its totals computed by the
 * database. Written in SQL that H2 and PostgreSQL both run.
 */
@Repository
public class ReviewQueries {

    /** An answer counts as given when it holds anything but spaces, tabs and line breaks. */
    private static final String ANSWERED = "length(trim(replace(replace(replace(it.answer_text, chr(10), ' '), "
            + "chr(13), ' '), chr(9), ' '))) > 0";

    private static final String HISTORY = """
            select i.id, i.status, i.started_at, i.finished_at,
                   count(*) as questions,
                   sum(case when %s then 1 else 0 end) as answered,
                   sum(case when it.closed_by in (:ranOut) then 1 else 0 end) as timed_out,
                   coalesce(sum(it.time_used_seconds), 0) as time_used,
                   string_agg(cast(it.question_version_id as varchar(20)), ',' order by it.position) as versions
            from interview i
            join interview_item it on it.interview_id = i.id
            where i.owner_id = :owner and i.status in (:statuses)
            group by i.id, i.status, i.started_at, i.finished_at
            order by i.started_at desc, i.id
            limit :limit offset :offset
            """.formatted(ANSWERED);

    private final JdbcClient jdbc;

    ReviewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A history line as stored: the ids of the question versions drawn, in order, stand for its topics. */
    public record HistoryLine(UUID id, InterviewStatus status, Instant startedAt, Instant finishedAt,
            HistoryRow.Totals totals, List<Long> versionIds) {
    }

    /** An interview's header row. */
    public record InterviewLine(UUID id, InterviewStatus status, Instant startedAt, Instant finishedAt) {
    }

    /** One question of an interview as it was closed. */
    public record AnswerLine(int position, long versionId, String answer, String lateText,
            ClosedAnswer.TimeUsed time) {
    }

    /** The owner's interviews in the given states, newest first, from {@code offset}, at most {@code limit}. */
    public List<HistoryLine> history(long owner, Collection<InterviewStatus> statuses, long offset, int limit) {
        return jdbc.sql(HISTORY)
                .param("owner", owner)
                .param("statuses", statuses.stream().map(Enum::name).toList())
                .param("ranOut", ClosedBy.ranOut().stream().map(Enum::name).toList())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new HistoryLine(uuid(rs, "id"), InterviewStatus.valueOf(rs.getString("status")),
                        instant(rs, "started_at"), instant(rs, "finished_at"),
                        new HistoryRow.Totals(rs.getInt("questions"), rs.getInt("answered"), rs.getInt("timed_out"),
                                rs.getInt("time_used")),
                        Arrays.stream(rs.getString("versions").split(",")).map(Long::valueOf).toList()))
                .list();
    }

    public boolean hasAny(long owner) {
        return jdbc.sql("select count(*) from interview where owner_id = :owner")
                .param("owner", owner).query(Long.class).single() > 0;
    }

    public Optional<InterviewLine> interview(long owner, UUID id) {
        return jdbc.sql("select id, status, started_at, finished_at from interview where id = :id and owner_id = :owner")
                .param("id", id)
                .param("owner", owner)
                .query((rs, n) -> new InterviewLine(uuid(rs, "id"), InterviewStatus.valueOf(rs.getString("status")),
                        instant(rs, "started_at"), instant(rs, "finished_at")))
                .optional();
    }

    public List<AnswerLine> answers(UUID interviewId) {
        return jdbc.sql("""
                        select position, question_version_id, answer_text, late_text, time_used_seconds,
                               time_limit_seconds, closed_by
                        from interview_item where interview_id = :id order by position
                        """)
                .param("id", interviewId)
                .query((rs, n) -> new AnswerLine(rs.getInt("position") + 1, rs.getLong("question_version_id"),
                        rs.getString("answer_text"), rs.getString("late_text"),
                        new ClosedAnswer.TimeUsed(rs.getInt("time_used_seconds"), rs.getInt("time_limit_seconds"),
                                ClosedBy.ranOutOfTime(rs.getString("closed_by")))))
                .list();
    }


    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
