package dev.rehearse.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the progress page shows: readiness per topic (in name order), answers per day over the 26 weeks to
 * {@code today} (from the Monday {@code firstDay}), the current and longest streak of days with an answer, the
 * weekly trend, and the weakest topics among those the person has answered (weakest first, at most three).
 */
public record ProgressReport(LocalDate today, List<TopicReadiness> topics, LocalDate firstDay,
        List<Integer> answersPerDay, int currentStreak, int longestStreak, List<WeekTrend> weeks,
        List<TopicReadiness> weakest, int totalAnswers) {

    public static final int WEEKS = 26;

    public ProgressReport {
        topics = List.copyOf(topics);
        answersPerDay = List.copyOf(answersPerDay);
        weeks = List.copyOf(weeks);
        weakest = List.copyOf(weakest);
    }

    public boolean isEmpty() {
        return totalAnswers == 0;
    }
}
