package dev.rehearse.interview.internal;

import dev.rehearse.interview.ClosedBy;
import dev.rehearse.interview.InterviewException;
import java.time.Duration;
import java.time.Instant;

/**
 * One clock per question. A question's deadline is stamped when it is first shown. When it runs out the question
 * closes at its deadline with all its time used, and the next one starts at that deadline (at once in a mock
 * interview, when the person goes on in practice), so time keeps running while nobody watches. Questions come one
 * at a time, in order.
 */
final class PerQuestionClock implements TimePolicy {

    static final PerQuestionClock INSTANCE = new PerQuestionClock();

    private PerQuestionClock() {
    }

    @Override
    public void added(Interview interview, InterviewItem item) {
        // each question keeps its own limit
    }

    @Override
    public Instant deadline(Interview interview) {
        InterviewItem item = interview.currentItem();
        return item == null ? null : item.getDeadline();
    }

    @Override
    public int limitSeconds(Interview interview) {
        InterviewItem item = interview.currentItem();
        return item == null ? 0 : item.getTimeLimitSeconds();
    }

    @Override
    public boolean isLate(Interview interview, InterviewItem item, Instant now, Duration grace) {
        return TimePolicy.pastDeadline(item.getDeadline(), now, grace);
    }

    @Override
    public void look(Interview interview, Instant now, Duration grace) {
        catchUp(interview, now, grace, ClosedBy.TIMEOUT, true, !interview.getMode().revealsEachAnswer());
    }

    @Override
    public void settle(Interview interview, Instant now, Duration grace) {
        catchUp(interview, now, grace, ClosedBy.TIMEOUT, false, false);
    }

    @Override
    public void expire(Interview interview, Instant now, Duration grace) {
        catchUp(interview, now, grace, ClosedBy.SERVER, false, !interview.getMode().revealsEachAnswer());
    }

    /**
     * Walks the interview up to {@code now}: starts the clock of the question on screen when {@code startCurrent};
     * closes each question past its deadline plus grace and, when {@code runOn}, starts the next one at that
     * deadline.
     */
    private void catchUp(Interview interview, Instant now, Duration grace, ClosedBy closer, boolean startCurrent,
            boolean runOn) {
        Instant startAt = now;
        boolean start = startCurrent;
        while (interview.isOpen()) {
            InterviewItem item = interview.currentItem();
            if (!item.isShown()) {
                if (!start) {
                    return;
                }
                item.markShown(startAt, startAt.plusSeconds(item.getTimeLimitSeconds()));
            }
            if (!isLate(interview, item, now, grace)) {
                return;
            }
            closeAndAdvance(interview, item, closer, now);
            start = runOn;
            startAt = item.getClosedAt();
        }
    }

    @Override
    public InterviewItem close(Interview interview, InterviewItem item, Instant now, Duration grace) {
        if (!TimePolicy.isOpenOnScreen(interview, item)) {
            look(interview, now, grace);
            return null;
        }
        closeAndAdvance(interview, item, isLate(interview, item, now, grace) ? ClosedBy.TIMEOUT : ClosedBy.USER, now);
        afterClosing(interview, now, grace);
        return item;
    }

    @Override
    public InterviewItem timeUp(Interview interview, InterviewItem item, Instant now, Duration grace) {
        Instant deadline = deadline(interview);
        if (deadline == null || now.isBefore(deadline) || !TimePolicy.isOpenOnScreen(interview, item)) {
            look(interview, now, grace);
            return null;
        }
        closeAndAdvance(interview, item, ClosedBy.TIMEOUT, now);
        afterClosing(interview, now, grace);
        return item;
    }

    @Override
    public void moveTo(Interview interview, int position, Instant now, Duration grace) {
        throw new InterviewException("This interview goes one question at a time.");
    }

    /**
     * A question closed by the person closes now; one closed by its deadline counts as closed at the deadline. The
     * time used runs from when it was shown, up to its limit.
     */
    @Override
    public void closeOne(Interview interview, InterviewItem item, ClosedBy by, Instant at) {
        Instant closedAt = by == ClosedBy.USER ? at : TimePolicy.earlier(at, item.getDeadline());
        long used = item.isShown() ? Duration.between(item.getShownAt(), closedAt).toSeconds() : 0;
        interview.recordClosed(item, by, closedAt, (int) Math.max(0, Math.min(used, item.getTimeLimitSeconds())));
    }

    private void closeAndAdvance(Interview interview, InterviewItem item, ClosedBy by, Instant now) {
        closeOne(interview, item, by, now);
        interview.advancePast(item);
    }
}
