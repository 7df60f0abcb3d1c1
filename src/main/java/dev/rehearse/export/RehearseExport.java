package dev.rehearse.export;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything Rehearse keeps of one person, as the JSON export writes it (docs/export.md describes every field).
 * Questions are named by their id and the hash of the version answered, so an import can check that the bank of the
 * server it goes to has them.
 */
public record RehearseExport(int formatVersion, Instant exportedAt, String username, Settings settings,
        List<Interview> interviews, List<MemoryCard> memoryCards, List<LatestCoverage> latestCoverage) {

    /** The format this server writes and reads. */
    public static final int FORMAT_VERSION = 1;

    public record Settings(int extraTimePercent, boolean hiddenCountdown, boolean darkTheme,
            int desiredRetentionPercent) {
    }

    public record Interview(UUID id, String mode, String limitKind, String status, int requestedCount,
            Integer fixedLimitSeconds, String topics, String difficulties, Instant startedAt, Instant finishedAt,
            Instant deadline, int currentPosition, Integer totalLimitSeconds, int extraTimePercent,
            List<Answer> answers) {
    }

    /**
     * One question of an interview and what became of it: {@code position} from 1, the question and the version
     * asked ({@code questionVersion}, its content hash; {@code questionTitle} for people reading the file), the
     * clock, what was typed, the rating, note and corrected ticks, and the checker's kept verdict.
     */
    public record Answer(int position, String questionId, String questionVersion, String questionTitle,
            int timeLimitSeconds, Instant shownAt, Instant deadline, Instant closedAt, String closedBy, String answer,
            Instant answerSavedAt, int answerRevision, String lateText, Instant lateSavedAt, Integer timeUsedSeconds,
            Instant viewingSince, String rating, String note, Instant assessedAt, List<Tick> ticks, String verdicts,
            Integer pointsMade, Integer pointsTotal) {
    }

    /** The person's own verdict on key point {@code point} (from 0). */
    public record Tick(int point, boolean covered) {
    }

    public record MemoryCard(String questionId, double stability, double difficulty, int reviews, Instant lastReview,
            Instant due) {
    }

    public record LatestCoverage(String questionId, Instant answeredAt, int pointsMade, int pointsTotal) {
    }
}
