package dev.rehearse.interview;

import dev.rehearse.questionbank.QuestionText;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the running page shows: the current question, its number of the total, the text saved so far and the
 * deadline the server stored (the question's own, or the whole interview's).
 *
 * @param closed   the current question is closed and read-only (whole interview, practice mode)
 * @param feedback practice mode: the question just closed, to show beside its model answer before going on;
 *                 while it is set, the next question's clock has not started
 * @param items    every question of the interview, for the question list of a whole-interview limit
 */
public record InterviewState(
        UUID interviewId,
        boolean finished,
        InterviewMode mode,
        TimeLimitKind limitKind,
        int position,
        int total,
        long itemId,
        QuestionText question,
        String answer,
        int revision,
        Instant deadline,
        int timeLimitSeconds,
        boolean closed,
        ReviewItem feedback,
        List<ItemStatus> items) {

    public InterviewState {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean isLast() {
        return position == total;
    }

    public boolean wholeInterview() {
        return limitKind == TimeLimitKind.WHOLE_INTERVIEW;
    }

    public InterviewState withRevision(int newRevision) {
        return new InterviewState(interviewId, finished, mode, limitKind, position, total, itemId, question, answer,
                newRevision, deadline, timeLimitSeconds, closed, feedback, items);
    }
}
