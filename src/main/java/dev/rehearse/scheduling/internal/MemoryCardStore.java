package dev.rehearse.scheduling.internal;

import dev.rehearse.scheduling.MemoryCard;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The memory_card table: one row per (person, question) that has been rated. */
@Repository
public class MemoryCardStore {

    private final JdbcClient jdbc;

    MemoryCardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(long owner, MemoryCard card) {
        int updated = jdbc.sql("""
                        update memory_card set stability = :s, difficulty = :d, reviews = :n, last_review = :last,
                               due = :due where owner_id = :owner and question_id = :q""")
                .params(params(owner, card)).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into memory_card (owner_id, question_id, stability, difficulty, reviews,
                                                     last_review, due)
                            values (:owner, :q, :s, :d, :n, :last, :due)""")
                    .params(params(owner, card)).update();
        }
    }

    public void delete(long owner, String questionId) {
        jdbc.sql("delete from memory_card where owner_id = :owner and question_id = :q")
                .param("owner", owner).param("q", questionId).update();
    }

    public Optional<MemoryCard> find(long owner, String questionId) {
        return jdbc.sql("select * from memory_card where owner_id = :owner and question_id = :q")
                .param("owner", owner).param("q", questionId).query(MemoryCardStore::card).optional();
    }

    /** The person's cards due at or before {@code until}, most overdue first. */
    public List<MemoryCard> dueBy(long owner, Instant until, int limit) {
        return jdbc.sql("select * from memory_card where owner_id = :owner and due <= :until order by due limit :limit")
                .param("owner", owner).param("until", until.atOffset(ZoneOffset.UTC)).param("limit", limit)
                .query(MemoryCardStore::card).list();
    }

    /** The person's cards not due by {@code until}, weakest memory (lowest stability) first. */
    public List<MemoryCard> notDueByWeakestFirst(long owner, Instant until, int limit) {
        return jdbc.sql("""
                        select * from memory_card where owner_id = :owner and due > :until
                        order by stability, due limit :limit""")
                .param("owner", owner).param("until", until.atOffset(ZoneOffset.UTC)).param("limit", limit)
                .query(MemoryCardStore::card).list();
    }

    public List<MemoryCard> all(long owner) {
        return jdbc.sql("select * from memory_card where owner_id = :owner").param("owner", owner)
                .query(MemoryCardStore::card).list();
    }

    public int countDueBy(long owner, Instant until) {
        return jdbc.sql("select count(*) from memory_card where owner_id = :owner and due <= :until")
                .param("owner", owner).param("until", until.atOffset(ZoneOffset.UTC)).query(Integer.class).single();
    }

    private static java.util.Map<String, Object> params(long owner, MemoryCard card) {
        return java.util.Map.of("owner", owner, "q", card.questionId(), "s", card.stability(), "d", card.difficulty(),
                "n", card.reviews(), "last", card.lastReview().atOffset(ZoneOffset.UTC),
                "due", card.due().atOffset(ZoneOffset.UTC));
    }

    private static MemoryCard card(ResultSet rs, int row) throws SQLException {
        return new MemoryCard(rs.getString("question_id"), rs.getDouble("stability"), rs.getDouble("difficulty"),
                rs.getInt("reviews"), rs.getObject("last_review", OffsetDateTime.class).toInstant(),
                rs.getObject("due", OffsetDateTime.class).toInstant());
    }
}
