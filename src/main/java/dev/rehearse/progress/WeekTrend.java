package dev.rehearse.progress;

import java.time.LocalDate;

/**
 * One week of answers (Monday {@code start}): how many, the average share of key points they made (null when none
 * was judged) and the average rating from Again 1 to Easy 4 (null when none was rated).
 */
public record WeekTrend(LocalDate start, int answers, Double coverage, Double rating) {
}
