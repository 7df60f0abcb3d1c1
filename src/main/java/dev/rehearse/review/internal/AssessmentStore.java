package dev.rehearse.review.internal;

import dev.rehearse.review.AnswerAssessment;
import dev.rehearse.review.SelfRating;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import dev.rehearse.scheduling.RatedReview;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The assessment tables: one row per assessed answer, one per corrected tick. Positions are counted from 1 here,
 * as the pages count them (the item table counts from 0).
 */
@Repository
public class AssessmentStore {

    private final JdbcClient jdbc;

    AssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An answered item of the owner's interview that is closed, with the number of its key points. */
    public record ClosedItem(long itemId, int keyPoints, String questionId) {
    }

    public Optional<ClosedItem> closedItem(long owner, UUID interviewId, int position) {
        return jdbc.sql("""
                        select i.id, (select count(*) from question_key_point k
                                      where k.version_id = i.question_version_id) as points, qv.question_id
                        from interview_item i join interview v on v.id = i.interview_id
                        join question_version qv on qv.id = i.question_version_id
                        where i.interview_id = :interview and i.position = :position and v.owner_id = :owner
                          and i.closed_at is not null""")
                .param("interview", interviewId).param("position", position - 1).param("owner", owner)
                .query((rs, n) -> new ClosedItem(rs.getLong(1), rs.getInt(2), rs.getString(3))).optional();
    }

    /** Every rated answer of the owner to one question (any version), with when it was closed. */
    public List<RatedReview> ratingsOf(long owner, String questionId) {
        return jdbc.sql("""
                        select i.closed_at, a.rating
                        from answer_assessment a join interview_item i on i.id = a.item_id
                        join interview v on v.id = i.interview_id
                        join question_version qv on qv.id = i.question_version_id
                        where v.owner_id = :owner and qv.question_id = :question and a.rating is not null
                        order by i.closed_at""")
                .param("owner", owner).param("question", questionId)
                .query((rs, n) -> new RatedReview(rs.getObject(1, OffsetDateTime.class).toInstant(),
                        SelfRating.valueOf(rs.getString(2)).grade()))
                .list();
    }

    public boolean owns(long owner, UUID interviewId) {
        return jdbc.sql("select count(*) from interview where id = :id and owner_id = :owner")
                .param("id", interviewId).param("owner", owner).query(Long.class).single() > 0;
    }

    /** Every assessment of one interview's answers, by position (answers not assessed are absent). */
    public Map<Integer, AnswerAssessment> forInterview(UUID interviewId) {
        Map<Integer, Map<Integer, Boolean>> ticks = new HashMap<>();
        jdbc.sql("""
                        select i.position, t.point_index, t.covered
                        from answer_tick t join interview_item i on i.id = t.item_id
                        where i.interview_id = :interview""")
                .param("interview", interviewId)
                .query(rs -> {
                    ticks.computeIfAbsent(rs.getInt(1) + 1, p -> new HashMap<>()).put(rs.getInt(2), rs.getBoolean(3));
                });
        Map<Integer, AnswerAssessment> result = new HashMap<>();
        jdbc.sql("""
                        select i.position, a.rating, a.note
                        from answer_assessment a join interview_item i on i.id = a.item_id
                        where i.interview_id = :interview""")
                .param("interview", interviewId)
                .query(rs -> {
                    String rating = rs.getString(2);
                    int position = rs.getInt(1) + 1;
                    result.put(position, new AnswerAssessment(ticks.getOrDefault(position, Map.of()),
                            rating == null ? null : SelfRating.valueOf(rating), rs.getString(3)));
                });
        ticks.forEach((position, corrected) -> result.putIfAbsent(position,
                new AnswerAssessment(corrected, null, "")));
        return result;
    }

    public void setTick(long itemId, int point, boolean covered) {
        int updated = jdbc.sql("update answer_tick set covered = :covered where item_id = :item and point_index = :point")
                .param("covered", covered).param("item", itemId).param("point", point).update();
        if (updated == 0) {
            jdbc.sql("insert into answer_tick (item_id, point_index, covered) values (:item, :point, :covered)")
                    .param("item", itemId).param("point", point).param("covered", covered).update();
        }
    }

    public void setRating(long itemId, SelfRating rating, Instant at) {
        upsert(itemId, "rating", rating == null ? null : rating.name(), at);
    }

    public void setNote(long itemId, String note, Instant at) {
        upsert(itemId, "note", note, at);
    }

    private void upsert(long itemId, String column, String value, Instant at) {
        OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql("update answer_assessment set " + column + " = :value, updated_at = :at where item_id = :item")
                .param("value", value).param("at", when).param("item", itemId).update();
        if (updated == 0) {
            jdbc.sql("insert into answer_assessment (item_id, " + column + ", updated_at) values (:item, :value, :at)")
                    .param("item", itemId).param("value", value).param("at", when).update();
        }
    }
}
