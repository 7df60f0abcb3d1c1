package dev.rehearse.interview;

import dev.rehearse.questionbank.QuestionText;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the running page shows.
 *
 * @param onScreen the question being answered, or null when none is: the interview is finished, or in practice
 *                 mode the person is reading a model answer and the next question's clock has not started
 * @param feedback practice mode: a closed answer to show beside its model answer
 * @param items    every question of the interview, for the question list of a whole-interview limit
 */
public record InterviewState(UUID interviewId, Format format, Progress progress, OnScreen onScreen,
        ClosedAnswer feedback, List<ItemStatus> items) {

    public InterviewState {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** How the interview runs: its mode and its kind of time limit. */
    public record Format(InterviewMode mode, TimeLimitKind limitKind) {

        public boolean wholeInterview() {
            return limitKind == TimeLimitKind.WHOLE_INTERVIEW;
        }
    }

    /** Where the person is: question {@code position} of {@code total}. */
    public record Progress(int position, int total, boolean finished) {

        public boolean isLast() {
            return position == total;
        }
    }

    /**
     * The question on screen with the text saved so far and its revision, the countdown the server stored, and
     * whether it is closed and read-only (a checked question of a whole interview in practice mode).
     */
    public record OnScreen(long itemId, QuestionText question, String answer, int revision, Countdown countdown,
            boolean closed) {

        public OnScreen withRevision(int newRevision) {
            return new OnScreen(itemId, question, answer, newRevision, countdown, closed);
        }
    }

    /** The deadline that applies to what is on screen (its own, or the whole interview's) and its full limit. */
    public record Countdown(Instant deadline, int limitSeconds) {
    }

    public boolean finished() {
        return progress.finished();
    }

    public boolean wholeInterview() {
        return format.wholeInterview();
    }

    public InterviewState withRevision(int newRevision) {
        return new InterviewState(interviewId, format, progress, onScreen.withRevision(newRevision), feedback, items);
    }
}
