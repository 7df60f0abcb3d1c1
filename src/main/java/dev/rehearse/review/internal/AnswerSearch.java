package dev.rehearse.review.internal;

import dev.rehearse.interview.ClosedBy;
import dev.rehearse.review.AnswerFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The person's closed answers that pass a filter, newest first, a page at a time: one query with every filter in its
 * where clause picks the page's rows, a second reads them, over the interview tables (interview's; their columns are the contract) and this feature's rating and
 * coverage tables. Written in SQL that H2 and PostgreSQL both run.
 */
@Repository
public class AnswerSearch {

    private final JdbcClient jdbc;

    AnswerSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A closed answer as stored; {@code rating} a SelfRating name or null, points null when never judged. */
    public record AnswerLine(UUID interviewId, int position, long versionId, String answer, Instant closedAt,
            String closedBy, String rating, Integer pointsMade, Integer pointsTotal) {
    }

    public List<AnswerLine> page(long owner, AnswerFilter filter, long offset, int limit) {
        // The page's ids are chosen first, sorting only (id, time); its columns, the answer text among them, are then
        // read for those rows alone.
        StringBuilder sql = new StringBuilder("""
                select it.id
                from interview i
                join interview_item it on it.interview_id = i.id
                join question_version qv on qv.id = it.question_version_id
                left join answer_assessment a on a.item_id = it.id
                left join answer_coverage c on c.item_id = it.id
                where i.owner_id = :owner and it.closed_at is not null
                """);
        Map<String, Object> params = new HashMap<>();
        params.put("owner", owner);
        if (!filter.text().isEmpty()) {
            sql.append(" and (it.answer_text ilike :text escape '\\' or qv.title ilike :text escape '\\')");
            params.put("text", "%" + likeEscaped(filter.text()) + "%");
        }
        if (!filter.topics().isEmpty()) {
            sql.append(" and qv.topic in (:topics)");
            params.put("topics", List.copyOf(filter.topics()));
        }
        if (!filter.difficulties().isEmpty()) {
            sql.append(" and qv.difficulty in (:difficulties)");
            params.put("difficulties", filter.difficulties().stream().map(Enum::name).toList());
        }
        if (filter.from() != null) {
            sql.append(" and it.closed_at >= :from");
            params.put("from", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.until() != null) {
            sql.append(" and it.closed_at < :until");
            params.put("until", OffsetDateTime.ofInstant(filter.until(), ZoneOffset.UTC));
        }
        switch (filter.rating()) {
            case ANY -> { }
            case NOT_RATED -> sql.append(" and a.rating is null");
            default -> {
                sql.append(" and a.rating = :rating");
                params.put("rating", filter.rating().name());
            }
        }
        switch (filter.coverage()) {
            case ANY -> { }
            case UNDER_HALF -> sql.append(" and c.points_made * 2 < c.points_total");
            case HALF_OR_MORE -> sql.append(" and c.points_made * 2 >= c.points_total");
            case ALL -> sql.append(" and c.points_made = c.points_total");
        }
        if (filter.timedOutOnly()) {
            sql.append(" and it.closed_by in (:ranOut)");
            params.put("ranOut", ClosedBy.ranOut().stream().map(Enum::name).toList());
        }
        sql.append(" order by it.closed_at desc, it.id desc limit :limit offset :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        List<Long> ids = jdbc.sql(sql.toString()).params(params).query(Long.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select it.interview_id, it.position, it.question_version_id, it.answer_text, it.closed_at,
                               it.closed_by, a.rating, c.points_made, c.points_total
                        from interview_item it
                        left join answer_assessment a on a.item_id = it.id
                        left join answer_coverage c on c.item_id = it.id
                        where it.id in (:ids)
                        order by it.closed_at desc, it.id desc""")
                .param("ids", ids)
                .query((rs, n) -> new AnswerLine(rs.getObject(1, UUID.class), rs.getInt(2) + 1, rs.getLong(3),
                        rs.getString(4), instant(rs, 5), rs.getString(6), rs.getString(7),
                        (Integer) rs.getObject(8), (Integer) rs.getObject(9)))
                .list();
    }

    /** The words of a search as themselves: LIKE's wildcards and its escape character lose their meaning. */
    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
