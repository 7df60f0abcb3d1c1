package dev.rehearse.interview;

import java.time.Instant;

/** The outcome of saving an answer. */
public record SaveResult(Outcome outcome, int revision, Instant savedAt) {

    public enum Outcome {
        /** The text is stored as the answer. */
        SAVED,
        /** It arrived after the deadline plus grace: kept apart as late text, not counted. */
        LATE,
        /** The question was already closed with Next or Finish: nothing changed. */
        CLOSED,
        /** Another tab saved newer text first: nothing changed. */
        CONFLICT
    }
}
