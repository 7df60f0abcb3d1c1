package dev.rehearse.review;

import dev.rehearse.questionbank.Difficulty;
import java.time.Instant;
import java.util.UUID;

/**
 * One closed answer in the history: which question (its id and, as it was asked, title, topic and difficulty), when,
 * the start of what was typed ({@code excerpt}, around the first search hit when there is one), the rating (null when
 * not rated), the key points made of all (null when never judged) and whether time ran out.
 */
public record AnswerRow(UUID interviewId, int position, String questionId, String title, String topicName,
        Difficulty difficulty, Instant answeredAt, String excerpt, SelfRating rating, Integer pointsMade,
        Integer pointsTotal, boolean timedOut) {
}
