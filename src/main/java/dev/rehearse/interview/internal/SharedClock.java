package dev.rehearse.interview.internal;

import dev.rehearse.interview.ClosedBy;
import java.time.Duration;
import java.time.Instant;

/**
 * One clock for the whole interview. Its deadline is the sum of the questions' limits, stamped when the interview
 * is first opened. The person moves freely between questions; the time each is on screen is added up for it, up to
 * the shared deadline. When the deadline passes, every question closes as timed out at the deadline and the
 * interview finishes.
 */
final class SharedClock implements TimePolicy {

    static final SharedClock INSTANCE = new SharedClock();

    private SharedClock() {
    }

    @Override
    public void added(Interview interview, InterviewItem item) {
        interview.addToSharedLimit(item.getTimeLimitSeconds());
    }

    @Override
    public Instant deadline(Interview interview) {
        return interview.getDeadline();
    }

    @Override
    public int limitSeconds(Interview interview) {
        return interview.getTotalLimitSeconds() == null ? 0 : interview.getTotalLimitSeconds();
    }

    @Override
    public boolean isLate(Interview interview, InterviewItem item, Instant now, Duration grace) {
        return TimePolicy.pastDeadline(interview.getDeadline(), now, grace);
    }

    @Override
    public void look(Interview interview, Instant now, Duration grace) {
        if (!interview.isOpen()) {
            return;
        }
        if (interview.getDeadline() == null) {
            interview.startSharedClock(now.plusSeconds(limitSeconds(interview)));
        }
        InterviewItem item = interview.currentItem();
        item.markShown(now, null);
        item.startViewing(now);
        settle(interview, now, grace);
    }

    @Override
    public void settle(Interview interview, Instant now, Duration grace) {
        endIfRunOut(interview, now, grace, ClosedBy.TIMEOUT);
    }

    @Override
    public void expire(Interview interview, Instant now, Duration grace) {
        endIfRunOut(interview, now, grace, ClosedBy.SERVER);
    }

    private void endIfRunOut(Interview interview, Instant now, Duration grace, ClosedBy closer) {
        if (interview.isOpen() && TimePolicy.pastDeadline(interview.getDeadline(), now, grace)) {
            closeAll(interview, closer, interview.getDeadline());
        }
    }

    /** Closing one question leaves the others open; closing the last one finishes the interview. */
    @Override
    public InterviewItem close(Interview interview, InterviewItem item, Instant now, Duration grace) {
        if (!TimePolicy.isOpenOnScreen(interview, item)) {
            look(interview, now, grace);
            return null;
        }
        ClosedBy by = isLate(interview, item, now, grace) ? ClosedBy.TIMEOUT : ClosedBy.USER;
        closeOne(interview, item, by, TimePolicy.earlier(now, interview.getDeadline()));
        if (interview.getItems().stream().allMatch(InterviewItem::isClosed)) {
            closeAll(interview, ClosedBy.USER, now);
        }
        afterClosing(interview, now, grace);
        return item;
    }

    @Override
    public InterviewItem timeUp(Interview interview, InterviewItem item, Instant now, Duration grace) {
        Instant deadline = interview.getDeadline();
        if (interview.isOpen() && deadline != null && !now.isBefore(deadline)) {
            closeAll(interview, ClosedBy.TIMEOUT, deadline);
        } else {
            look(interview, now, grace);
        }
        return null;
    }

    @Override
    public void moveTo(Interview interview, int position, Instant now, Duration grace) {
        look(interview, now, grace);
        if (!interview.isOpen() || position < 0 || position >= interview.getItems().size()) {
            return;
        }
        InterviewItem leaving = interview.currentItem();
        leaving.stopViewing(TimePolicy.earlier(now, interview.getDeadline()));
        interview.showPosition(position);
        InterviewItem item = interview.currentItem();
        item.markShown(now, null);
        item.startViewing(now);
    }

    /** A question closes with the time it was on screen, counted up to the shared deadline. */
    @Override
    public void closeOne(Interview interview, InterviewItem item, ClosedBy by, Instant at) {
        item.stopViewing(TimePolicy.earlier(at, interview.getDeadline()));
        interview.recordClosed(item, by, at, item.getTimeUsedSeconds());
    }
}
