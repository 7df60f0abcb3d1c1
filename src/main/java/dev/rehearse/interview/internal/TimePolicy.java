package dev.rehearse.interview.internal;

import dev.rehearse.interview.ClosedBy;
import dev.rehearse.interview.TimeLimitKind;
import java.time.Duration;
import java.time.Instant;

/**
 * The time rules of one kind of limit: when a question's clock starts, its deadline, how an interview catches up
 * after an absence, the time each answer used, and what closing means. {@link Interview} delegates every decision
 * about time to its policy; services and views decide none. Every method is given the instant of the request and
 * the grace after a deadline during which a save still counts.
 */
sealed interface TimePolicy permits PerQuestionClock, SharedClock {

    static TimePolicy of(TimeLimitKind kind) {
        return switch (kind) {
            case PER_QUESTION -> PerQuestionClock.INSTANCE;
            case WHOLE_INTERVIEW -> SharedClock.INSTANCE;
        };
    }

    /** A question joins the interview with its limit. */
    void added(Interview interview, InterviewItem item);

    /** The deadline that applies to the question on screen, or null while no clock runs for it. */
    Instant deadline(Interview interview);

    /** The limit the countdown of the question on screen counts down from, in seconds. */
    int limitSeconds(Interview interview);

    /** Whether a save of {@code item} at {@code now} comes after its deadline plus grace. */
    boolean isLate(Interview interview, InterviewItem item, Instant now, Duration grace);

    /** The person has the interview open: the clock of what is on screen starts if it has not, and time catches up. */
    void look(Interview interview, Instant now, Duration grace);

    /** Time catches up and nothing new starts: what ran out closes as timed out. */
    void settle(Interview interview, Instant now, Duration grace);

    /** The server, with nobody watching, closes what ran out (a mock interview runs on in wall-clock time). */
    void expire(Interview interview, Instant now, Duration grace);

    /**
     * The person closes {@code item} (Next, or Check answer in practice mode). Returns the item when it was closed
     * by this call, or null when it was not the open question on screen.
     */
    InterviewItem close(Interview interview, InterviewItem item, Instant now, Duration grace);

    /**
     * The page's countdown reached zero on {@code item}: closes what the server's own clock says has run out.
     * Returns the item when this call closed it on its own, or null.
     */
    InterviewItem timeUp(Interview interview, InterviewItem item, Instant now, Duration grace);

    /** Another question goes on screen. */
    void moveTo(Interview interview, int position, Instant now, Duration grace);

    /** The person ends the interview now: what ran out closes as timed out, every other open question as theirs. */
    default void finish(Interview interview, Instant now, Duration grace) {
        settle(interview, now, grace);
        if (interview.isOpen()) {
            closeAll(interview, ClosedBy.USER, now);
        }
    }

    /** After the person or a deadline closed a question: practice waits for the person, mock goes on at once. */
    default void afterClosing(Interview interview, Instant now, Duration grace) {
        if (interview.getMode().revealsEachAnswer()) {
            settle(interview, now, grace);
        } else {
            look(interview, now, grace);
        }
    }

    static boolean pastDeadline(Instant deadline, Instant now, Duration grace) {
        return deadline != null && now.isAfter(deadline.plus(grace));
    }

    /** Whether {@code item} is the open question on screen of an open interview. */
    static boolean isOpenOnScreen(Interview interview, InterviewItem item) {
        return interview.isOpen() && item == interview.currentItem() && !item.isClosed();
    }

    static Instant earlier(Instant a, Instant b) {
        return b != null && a.isAfter(b) ? b : a;
    }

    /** Closes every question still open as {@code by} at {@code at}, then the interview. */
    default void closeAll(Interview interview, ClosedBy by, Instant at) {
        for (InterviewItem item : interview.getItems()) {
            if (!item.isClosed()) {
                closeOne(interview, item, by, at);
            }
        }
        interview.finishAt(at);
    }

    /** Closes one question with the time it used; the interview records it. */
    void closeOne(Interview interview, InterviewItem item, ClosedBy by, Instant at);
}
