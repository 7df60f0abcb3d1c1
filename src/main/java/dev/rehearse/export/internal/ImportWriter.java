package dev.rehearse.export.internal;

import dev.rehearse.export.ExportException;
import dev.rehearse.export.RehearseExport;
import dev.rehearse.export.RehearseExport.Answer;
import dev.rehearse.export.RehearseExport.Interview;
import dev.rehearse.export.RehearseExport.LatestCoverage;
import dev.rehearse.export.RehearseExport.MemoryCard;
import dev.rehearse.export.RehearseExport.Tick;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Writes an export into an empty account, in the caller's transaction: interviews get new ids, each answer is tied
 * to the version of this server's bank with the same question id and content hash. This is the one writer of the
 * interview, review and scheduling tables outside their own features (decision 0023); the schema's foreign keys
 * hold it to their rules.
 */
@Repository
public class ImportWriter {

    private final JdbcClient jdbc;

    ImportWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Refuses, in words, an export this server's bank cannot hold; changes nothing. */
    public Map<String, Long> checkFits(RehearseExport export) {
        Map<String, Long> versions = new HashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        for (Interview interview : export.interviews()) {
            for (Answer a : interview.answers()) {
                String key = a.questionId() + "@" + a.questionVersion();
                if (!versions.containsKey(key)) {
                    version(a.questionId(), a.questionVersion()).ifPresentOrElse(id -> versions.put(key, id),
                            () -> missing.add("“%s” (%s)".formatted(a.questionTitle(), a.questionId())));
                }
            }
        }
        for (MemoryCard c : export.memoryCards()) {
            if (!questionExists(c.questionId())) {
                missing.add(c.questionId());
            }
        }
        for (LatestCoverage c : export.latestCoverage()) {
            if (!questionExists(c.questionId())) {
                missing.add(c.questionId());
            }
        }
        if (!missing.isEmpty()) {
            throw new ExportException(("This export does not fit this server's question bank: %d of its questions, "
                    + "or the versions answered, are not here, such as %s. Nothing was imported.")
                    .formatted(missing.size(), String.join(", ", missing.stream().limit(3).toList())));
        }
        return versions;
    }

    public void write(long owner, RehearseExport export, Map<String, Long> versions) {
        for (Interview i : export.interviews()) {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            insert into interview (id, owner_id, mode, limit_kind, status, requested_count,
                                fixed_limit_seconds, topics, difficulties, started_at, finished_at, deadline,
                                current_position, total_limit_seconds, extra_time_percent)
                            values (:id, :owner, :mode, :limitKind, :status, :requested, :fixed, :topics,
                                :difficulties, :started, :finished, :deadline, :current, :total, :extra)""")
                    .param("id", id).param("owner", owner).param("mode", i.mode()).param("limitKind", i.limitKind())
                    .param("status", i.status()).param("requested", i.requestedCount())
                    .param("fixed", i.fixedLimitSeconds()).param("topics", nullToEmpty(i.topics()))
                    .param("difficulties", nullToEmpty(i.difficulties())).param("started", at(i.startedAt()))
                    .param("finished", at(i.finishedAt())).param("deadline", at(i.deadline()))
                    .param("current", i.currentPosition()).param("total", i.totalLimitSeconds())
                    .param("extra", i.extraTimePercent())
                    .update();
            for (Answer a : i.answers()) {
                writeAnswer(id, a, versions.get(a.questionId() + "@" + a.questionVersion()));
            }
        }
        for (MemoryCard c : export.memoryCards()) {
            jdbc.sql("""
                            insert into memory_card (owner_id, question_id, stability, difficulty, reviews, last_review,
                                due)
                            values (:owner, :q, :s, :d, :reviews, :last, :due)""")
                    .param("owner", owner).param("q", c.questionId()).param("s", c.stability())
                    .param("d", c.difficulty()).param("reviews", c.reviews()).param("last", at(c.lastReview()))
                    .param("due", at(c.due())).update();
        }
        for (LatestCoverage c : export.latestCoverage()) {
            jdbc.sql("""
                            insert into latest_coverage (owner_id, question_id, answered_at, points_made, points_total)
                            values (:owner, :q, :at, :made, :total)""")
                    .param("owner", owner).param("q", c.questionId()).param("at", at(c.answeredAt()))
                    .param("made", c.pointsMade()).param("total", c.pointsTotal()).update();
        }
    }

    private void writeAnswer(UUID interview, Answer a, long versionId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into interview_item (interview_id, position, question_version_id, time_limit_seconds,
                            shown_at, deadline, closed_at, closed_by, answer_text, answer_saved_at, answer_revision,
                            late_text, late_saved_at, time_used_seconds, viewing_since)
                        values (:interview, :position, :version, :limit, :shown, :deadline, :closed, :closedBy,
                            :answer, :saved, :revision, :late, :lateSaved, :used, :viewing)""")
                .param("interview", interview).param("position", a.position() - 1).param("version", versionId)
                .param("limit", a.timeLimitSeconds()).param("shown", at(a.shownAt()))
                .param("deadline", at(a.deadline())).param("closed", at(a.closedAt()))
                .param("closedBy", a.closedBy()).param("answer", nullToEmpty(a.answer()))
                .param("saved", at(a.answerSavedAt())).param("revision", a.answerRevision())
                .param("late", a.lateText()).param("lateSaved", at(a.lateSavedAt()))
                .param("used", a.timeUsedSeconds()).param("viewing", at(a.viewingSince()))
                .update(key, "id");
        long item = key.getKey().longValue();
        if (a.rating() != null || (a.note() != null && !a.note().isEmpty())) {
            jdbc.sql("insert into answer_assessment (item_id, rating, note, updated_at) values (:item, :r, :n, :at)")
                    .param("item", item).param("r", a.rating()).param("n", a.note())
                    .param("at", at(a.assessedAt() != null ? a.assessedAt() : a.closedAt())).update();
        }
        for (Tick t : a.ticks() == null ? java.util.List.<Tick>of() : a.ticks()) {
            jdbc.sql("insert into answer_tick (item_id, point_index, covered) values (:item, :p, :c)")
                    .param("item", item).param("p", t.point()).param("c", t.covered()).update();
        }
        if (a.verdicts() != null) {
            jdbc.sql("""
                            insert into answer_coverage (item_id, verdicts, points_made, points_total)
                            values (:item, :v, :made, :total)""")
                    .param("item", item).param("v", a.verdicts())
                    .param("made", a.pointsMade() != null ? a.pointsMade() : 0)
                    .param("total", a.pointsTotal() != null ? a.pointsTotal() : a.verdicts().length()).update();
        }
    }

    private Optional<Long> version(String questionId, String hash) {
        return jdbc.sql("select id from question_version where question_id = :q and content_hash = :h")
                .param("q", questionId).param("h", hash).query(Long.class).optional();
    }

    private boolean questionExists(String questionId) {
        return jdbc.sql("select count(*) from question where id = :q").param("q", questionId).query(Long.class)
                .single() > 0;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
