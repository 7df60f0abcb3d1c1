package dev.rehearse.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many closed answers of one person, written straight to the tables (interviews of five questions, every answer
 * over the bank's current versions), with known texts, times, ratings, coverage and closings, so that queries over
 * thousands of answers can be checked against what was written. The same seed writes the same answers.
 */
public final class GeneratedAnswers {

    private static final String[] WORDS = {"depends", "yield", "session", "router", "pydantic", "cache", "token",
        "lifespan", "middleware", "background", "stream", "schema", "status", "header", "cookie", "query"};
    private static final String[] RATINGS = {null, "AGAIN", "HARD", "GOOD", "EASY"};

    private GeneratedAnswers() {
    }

    /** One generated answer as written; {@code rating} null when not rated, {@code made} of {@code total}. */
    public record Answer(UUID interviewId, int position, String questionId, String topic, String difficulty,
            String title, Instant closedAt, String text, String rating, int made, int total, boolean timedOut) {
    }

    /** Writes {@code count} answers of account {@code ownerId}, the newest at {@code newest}, one an hour before. */
    public static List<Answer> write(JdbcTemplate jdbc, long ownerId, int count, Instant newest, long seed) {
        return write(jdbc, ownerId, count, newest, seed, 3600);
    }

    /** As {@link #write(JdbcTemplate, long, int, Instant, long)}, {@code spacingSeconds} apart. */
    public static List<Answer> write(JdbcTemplate jdbc, long ownerId, int count, Instant newest, long seed,
            long spacingSeconds) {
        record Version(long id, String questionId, String topic, String difficulty, String title, int points) {
        }
        List<Version> versions = jdbc.query("""
                        select v.id, v.question_id, v.topic, v.difficulty, v.title,
                               (select count(*) from question_key_point k where k.version_id = v.id)
                        from question q join question_version v on v.id = q.current_version_id
                        where q.retired = false order by v.id""",
                (rs, n) -> new Version(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6)));
        Random random = new Random(seed);
        List<Answer> answers = new ArrayList<>(count);
        List<Object[]> interviews = new ArrayList<>();
        List<Object[]> items = new ArrayList<>();
        UUID interview = null;
        for (int i = 0; i < count; i++) {
            int position = i % 5;
            Instant closedAt = newest.minusSeconds(spacingSeconds * i);
            if (position == 0) {
                interview = UUID.randomUUID();
                interviews.add(new Object[] {interview, ownerId, Timestamp.from(closedAt.minusSeconds(600)),
                    Timestamp.from(closedAt)});
            }
            Version v = versions.get(random.nextInt(versions.size()));
            StringBuilder text = new StringBuilder("answer ").append(i);
            for (int w = 0; w < 20; w++) {
                text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            String rating = RATINGS[random.nextInt(RATINGS.length)];
            int made = random.nextInt(v.points() + 1);
            boolean timedOut = random.nextInt(6) == 0;
            answers.add(new Answer(interview, position + 1, v.questionId(), v.topic(), v.difficulty(), v.title(),
                    closedAt, text.toString(), rating, made, v.points(), timedOut));
            items.add(new Object[] {interview, position, v.id(), Timestamp.from(closedAt), timedOut ? "TIMEOUT" : "USER",
                text.toString()});
        }
        jdbc.batchUpdate("""
                insert into interview (id, owner_id, mode, limit_kind, status, requested_count, topics, difficulties,
                                       started_at, finished_at)
                values (?, ?, 'MOCK', 'PER_QUESTION', 'FINISHED', 5, '', '', ?, ?)""", interviews);
        jdbc.batchUpdate("""
                insert into interview_item (interview_id, position, question_version_id, time_limit_seconds, closed_at,
                                            closed_by, answer_text, time_used_seconds)
                values (?, ?, ?, 120, ?, ?, ?, 60)""", items);
        List<Object[]> assessments = new ArrayList<>();
        List<Object[]> coverage = new ArrayList<>();
        for (Answer a : answers) {
            Long item = jdbc.queryForObject("select id from interview_item where interview_id = ? and position = ?",
                    Long.class, a.interviewId(), a.position() - 1);
            if (a.rating() != null) {
                assessments.add(new Object[] {item, a.rating(), Timestamp.from(a.closedAt())});
            }
            String verdicts = "1".repeat(a.made()) + "0".repeat(a.total() - a.made());
            coverage.add(new Object[] {item, verdicts, a.made(), a.total()});
        }
        jdbc.batchUpdate("insert into answer_assessment (item_id, rating, updated_at) values (?, ?, ?)", assessments);
        jdbc.batchUpdate("insert into answer_coverage (item_id, verdicts, points_made, points_total) values (?, ?, ?, ?)",
                coverage);
        return answers;
    }
}
