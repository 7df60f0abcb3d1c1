package dev.rehearse.export.internal;

import dev.rehearse.export.RehearseExport.Answer;
import dev.rehearse.export.RehearseExport.Interview;
import dev.rehearse.export.RehearseExport.LatestCoverage;
import dev.rehearse.export.RehearseExport.MemoryCard;
import dev.rehearse.export.RehearseExport.Tick;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads everything of one person for the export, in SQL over the tables of interview, review and scheduling (their
 * owners write them; the columns read here are their contract): one query per table.
 */
@Repository
public class ExportQueries {

    private final JdbcClient jdbc;

    ExportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every interview of the person, oldest first, with its answers. */
    public List<Interview> interviews(long owner) {
        return interviews(owner, null);
    }

    /** One interview of the person with its answers; empty when it is not theirs or does not exist. */
    public Optional<Interview> interview(long owner, UUID id) {
        return id == null ? Optional.empty() : interviews(owner, id).stream().findFirst();
    }

    /** {@code only}: one interview's id, or null for all of them. */
    private List<Interview> interviews(long owner, UUID only) {
        String one = only == null ? "" : " and i.id = :only";
        Map<UUID, List<Answer>> answers = answers(owner, one, only);
        return jdbc.sql("""
                        select id, mode, limit_kind, status, requested_count, fixed_limit_seconds, topics,
                               difficulties, started_at, finished_at, deadline, current_position, total_limit_seconds,
                               extra_time_percent
                        from interview i where owner_id = :owner""" + one + " order by started_at, id")
                .params(params(owner, only))
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Interview(id, rs.getString("mode"), rs.getString("limit_kind"), rs.getString("status"),
                            rs.getInt("requested_count"), integer(rs, "fixed_limit_seconds"), rs.getString("topics"),
                            rs.getString("difficulties"), instant(rs, "started_at"), instant(rs, "finished_at"),
                            instant(rs, "deadline"), rs.getInt("current_position"),
                            integer(rs, "total_limit_seconds"), rs.getInt("extra_time_percent"),
                            answers.getOrDefault(id, List.of()));
                })
                .list();
    }

    private static Map<String, Object> params(long owner, UUID only) {
        Map<String, Object> params = new HashMap<>();
        params.put("owner", owner);
        if (only != null) {
            params.put("only", only);
        }
        return params;
    }

    private Map<UUID, List<Answer>> answers(long owner, String one, UUID only) {
        Map<Long, List<Tick>> ticks = new HashMap<>();
        jdbc.sql("""
                        select t.item_id, t.point_index, t.covered from answer_tick t
                        join interview_item it on it.id = t.item_id join interview i on i.id = it.interview_id
                        where i.owner_id = :owner""" + one + " order by t.item_id, t.point_index")
                .params(params(owner, only))
                .query(rs -> {
                    ticks.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Tick(rs.getInt(2), rs.getBoolean(3)));
                });
        Map<UUID, List<Answer>> byInterview = new HashMap<>();
        jdbc.sql("""
                        select it.id, it.interview_id, it.position, qv.question_id, qv.content_hash, qv.title,
                               it.time_limit_seconds, it.shown_at, it.deadline, it.closed_at, it.closed_by,
                               it.answer_text, it.answer_saved_at, it.answer_revision, it.late_text, it.late_saved_at,
                               it.time_used_seconds, it.viewing_since, a.rating, a.note, a.updated_at, c.verdicts,
                               c.points_made, c.points_total
                        from interview_item it
                        join interview i on i.id = it.interview_id
                        join question_version qv on qv.id = it.question_version_id
                        left join answer_assessment a on a.item_id = it.id
                        left join answer_coverage c on c.item_id = it.id
                        where i.owner_id = :owner""" + one + " order by it.interview_id, it.position")
                .params(params(owner, only))
                .query(rs -> {
                    Answer answer = new Answer(rs.getInt("position") + 1, rs.getString("question_id"),
                            rs.getString("content_hash"), rs.getString("title"), rs.getInt("time_limit_seconds"),
                            instant(rs, "shown_at"), instant(rs, "deadline"), instant(rs, "closed_at"),
                            rs.getString("closed_by"), rs.getString("answer_text"), instant(rs, "answer_saved_at"),
                            rs.getInt("answer_revision"), rs.getString("late_text"), instant(rs, "late_saved_at"),
                            integer(rs, "time_used_seconds"), instant(rs, "viewing_since"), rs.getString("rating"),
                            rs.getString("note"), instant(rs, "updated_at"),
                            ticks.getOrDefault(rs.getLong("id"), List.of()), rs.getString("verdicts"),
                            integer(rs, "points_made"), integer(rs, "points_total"));
                    byInterview.computeIfAbsent(rs.getObject("interview_id", UUID.class), k -> new ArrayList<>())
                            .add(answer);
                });
        return byInterview;
    }

    public List<MemoryCard> memoryCards(long owner) {
        return jdbc.sql("""
                        select question_id, stability, difficulty, reviews, last_review, due from memory_card
                        where owner_id = :owner order by question_id""")
                .param("owner", owner)
                .query((rs, n) -> new MemoryCard(rs.getString(1), rs.getDouble(2), rs.getDouble(3), rs.getInt(4),
                        instant(rs, "last_review"), instant(rs, "due")))
                .list();
    }

    public List<LatestCoverage> latestCoverage(long owner) {
        return jdbc.sql("""
                        select question_id, answered_at, points_made, points_total from latest_coverage
                        where owner_id = :owner order by question_id""")
                .param("owner", owner)
                .query((rs, n) -> new LatestCoverage(rs.getString(1), instant(rs, "answered_at"), rs.getInt(3),
                        rs.getInt(4)))
                .list();
    }

    /** The id of the version of {@code questionId} whose content hash is {@code hash}. */
    public long versionId(String questionId, String hash) {
        return jdbc.sql("select id from question_version where question_id = :q and content_hash = :h")
                .param("q", questionId).param("h", hash).query(Long.class).single();
    }

    public boolean hasInterviews(long owner) {
        return jdbc.sql("select count(*) from interview where owner_id = :owner").param("owner", owner)
                .query(Long.class).single() > 0;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        Object v = rs.getObject(column);
        return v == null ? null : ((Number) v).intValue();
    }
}
