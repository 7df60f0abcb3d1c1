package dev.rehearse.scheduling.internal;

import dev.rehearse.scheduling.AnswerCovered;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The latest_coverage table: the coverage of each person's latest answer to each question they were asked. */
@Repository
public class LatestCoverageStore {

    private final JdbcClient jdbc;

    LatestCoverageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps {@code covered} unless a later answer to the same question is already kept. */
    public void keep(AnswerCovered covered) {
        var params = java.util.Map.<String, Object>of("owner", covered.ownerId(), "q", covered.questionId(),
                "at", covered.answeredAt().atOffset(ZoneOffset.UTC), "made", covered.pointsMade(),
                "total", covered.pointsTotal());
        int updated = jdbc.sql("""
                        update latest_coverage set answered_at = :at, points_made = :made, points_total = :total
                        where owner_id = :owner and question_id = :q and answered_at <= :at""")
                .params(params).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into latest_coverage (owner_id, question_id, answered_at, points_made, points_total)
                            select :owner, :q, :at, :made, :total
                            where not exists (select 1 from latest_coverage
                                              where owner_id = :owner and question_id = :q)""")
                    .params(params).update();
        }
    }

    /**
     * The questions the person never rated whose latest answer made less than half of their key points, lowest
     * share first.
     */
    public List<String> lowAndUnrated(long owner, int limit) {
        return jdbc.sql("""
                        select c.question_id from latest_coverage c
                        where c.owner_id = :owner and c.points_made * 2 < c.points_total
                          and not exists (select 1 from memory_card m
                                          where m.owner_id = c.owner_id and m.question_id = c.question_id)
                        order by cast(c.points_made as double precision) / c.points_total, c.answered_at
                        limit :limit""")
                .param("owner", owner).param("limit", limit).query(String.class).list();
    }

    /** The share of key points each latest answer of the person made, by question. */
    public java.util.Map<String, Double> shares(long owner) {
        java.util.Map<String, Double> shares = new java.util.HashMap<>();
        jdbc.sql("select question_id, points_made, points_total from latest_coverage where owner_id = :owner")
                .param("owner", owner)
                .query(rs -> {
                    int total = rs.getInt(3);
                    shares.put(rs.getString(1), total == 0 ? 0 : (double) rs.getInt(2) / total);
                });
        return shares;
    }
}
