package dev.rehearse.interview;

import dev.rehearse.questionbank.QuestionText;
import java.time.Instant;
import java.util.UUID;

/**
 * What the running page shows: the current question, its number of the total, the text saved so far and the
 * deadline the server stored. When {@code finished} is true there is no current question.
 */
public record InterviewState(
        UUID interviewId,
        boolean finished,
        int position,
        int total,
        long itemId,
        QuestionText question,
        String answer,
        int revision,
        Instant deadline,
        int timeLimitSeconds) {

    static InterviewState finished(UUID id, int total) {
        return new InterviewState(id, true, total, total, -1, null, "", 0, null, 0);
    }

    public boolean isLast() {
        return position == total;
    }
}
