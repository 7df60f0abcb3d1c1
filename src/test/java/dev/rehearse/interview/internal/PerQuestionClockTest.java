package dev.rehearse.interview.internal;

import static dev.rehearse.interview.internal.TestInterviews.GRACE;
import static dev.rehearse.interview.internal.TestInterviews.T0;
import static dev.rehearse.interview.internal.TestInterviews.at;
import static dev.rehearse.interview.internal.TestInterviews.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.interview.ClosedBy;
import dev.rehearse.interview.InterviewException;
import dev.rehearse.interview.InterviewMode;
import dev.rehearse.interview.TimeLimitKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a clock per question, on plain entities and instants: no Spring, no database. */
class PerQuestionClockTest {

    private static Interview interview(InterviewMode mode, int... limits) {
        return TestInterviews.interview(TimeLimitKind.PER_QUESTION, mode, limits);
    }

    @Test
    void aQuestionsDeadlineIsStampedWhenItIsFirstShownAndAReloadKeepsIt() {
        Interview interview = interview(InterviewMode.MOCK, 60, 60);

        interview.look(at(5), GRACE);
        assertThat(interview.currentDeadline()).isEqualTo(at(65));
        assertThat(interview.currentLimitSeconds()).isEqualTo(60);

        interview.look(at(40), GRACE);
        assertThat(interview.currentDeadline()).as("a reload is not a fresh timer").isEqualTo(at(65));
        assertThat(item(interview, 2).isShown()).isFalse();
    }

    @Test
    void settlingStartsNoClock() {
        Interview interview = interview(InterviewMode.MOCK, 60);

        interview.settle(at(5), GRACE);

        assertThat(item(interview, 1).isShown()).isFalse();
        assertThat(interview.currentDeadline()).isNull();
    }

    @Test
    void aSaveCountsUntilTheGraceAfterTheDeadlineHasPassed() {
        Interview interview = interview(InterviewMode.MOCK, 60);
        interview.look(T0, GRACE);

        assertThat(interview.isLate(item(interview, 1), at(62), GRACE)).isFalse();
        assertThat(interview.isLate(item(interview, 1), at(63), GRACE)).isTrue();
    }

    @Test
    void afterAnAbsenceAMockInterviewHasRunOnQuestionByQuestionInWallClockTime() {
        Interview interview = interview(InterviewMode.MOCK, 60, 90, 120);
        interview.look(T0, GRACE);

        interview.look(at(200), GRACE); // away for 200 s: past the first two deadlines

        InterviewItem first = item(interview, 1);
        InterviewItem second = item(interview, 2);
        assertThat(first.getClosedBy()).isEqualTo(ClosedBy.TIMEOUT);
        assertThat(first.getClosedAt()).isEqualTo(at(60));
        assertThat(first.getTimeUsedSeconds()).isEqualTo(60);
        assertThat(second.getShownAt()).as("the next question starts at the previous deadline").isEqualTo(at(60));
        assertThat(second.getClosedAt()).isEqualTo(at(150));
        assertThat(second.getTimeUsedSeconds()).isEqualTo(90);
        assertThat(interview.currentItem()).isSameAs(item(interview, 3));
        assertThat(interview.currentDeadline()).isEqualTo(at(270));
    }

    @Test
    void afterAnExpiryAPracticeInterviewWaitsForThePersonBeforeTheNextClockStarts() {
        Interview interview = interview(InterviewMode.PRACTICE, 60, 60);
        interview.look(T0, GRACE);

        interview.expire(at(300), GRACE);

        assertThat(item(interview, 1).getClosedBy()).isEqualTo(ClosedBy.SERVER);
        assertThat(item(interview, 1).getClosedAt()).isEqualTo(at(60));
        assertThat(item(interview, 2).isShown()).isFalse();

        interview.look(at(400), GRACE);
        assertThat(interview.currentDeadline()).isEqualTo(at(460));
    }

    @Test
    void theServerClosesWhatRanOutWithNobodyWatchingAndAMockInterviewFinishesOnTime() {
        Interview interview = interview(InterviewMode.MOCK, 60, 60);
        interview.look(T0, GRACE);

        interview.expire(at(1000), GRACE);

        assertThat(interview.getItems()).extracting(InterviewItem::getClosedBy)
                .containsExactly(ClosedBy.SERVER, ClosedBy.SERVER);
        assertThat(interview.isOpen()).isFalse();
        assertThat(interview.getFinishedAt()).isEqualTo(at(120));
    }

    @Test
    void thePersonClosesAQuestionWithTheTimeItTookAndAMockInterviewShowsTheNextAtOnce() {
        Interview interview = interview(InterviewMode.MOCK, 60, 60);
        interview.look(T0, GRACE);

        InterviewItem closed = interview.close(item(interview, 1), at(45), GRACE);

        assertThat(closed).isSameAs(item(interview, 1));
        assertThat(closed.getClosedBy()).isEqualTo(ClosedBy.USER);
        assertThat(closed.getTimeUsedSeconds()).isEqualTo(45);
        assertThat(item(interview, 2).getShownAt()).isEqualTo(at(45));
        assertThat(interview.currentDeadline()).isEqualTo(at(105));
    }

    @Test
    void inPracticeModeTheNextQuestionWaitsWhileThePersonReadsTheModelAnswer() {
        Interview interview = interview(InterviewMode.PRACTICE, 60, 60);
        interview.look(T0, GRACE);

        interview.close(item(interview, 1), at(20), GRACE);

        assertThat(item(interview, 2).isShown()).isFalse();
        interview.look(at(200), GRACE);
        assertThat(item(interview, 2).getShownAt()).isEqualTo(at(200));
    }

    @Test
    void closingAfterTheGraceCountsAsTimedOutAtTheDeadline() {
        Interview interview = interview(InterviewMode.MOCK, 60, 60);
        interview.look(T0, GRACE);

        InterviewItem closed = interview.close(item(interview, 1), at(70), GRACE);

        assertThat(closed.getClosedBy()).isEqualTo(ClosedBy.TIMEOUT);
        assertThat(closed.getClosedAt()).isEqualTo(at(60));
        assertThat(closed.getTimeUsedSeconds()).isEqualTo(60);
    }

    @Test
    void closingAQuestionThatIsNotOnScreenChangesNothing() {
        Interview interview = interview(InterviewMode.MOCK, 60, 60);
        interview.look(T0, GRACE);

        assertThat(interview.close(item(interview, 2), at(10), GRACE)).isNull();
        assertThat(interview.getItems()).noneMatch(InterviewItem::isClosed);
    }

    @Test
    void timeUpClosesOnlyWhenTheServersClockHasReachedTheDeadline() {
        Interview interview = interview(InterviewMode.MOCK, 60, 60);
        interview.look(T0, GRACE);

        assertThat(interview.timeUp(item(interview, 1), at(59), GRACE)).isNull();
        assertThat(item(interview, 1).isClosed()).isFalse();

        InterviewItem closed = interview.timeUp(item(interview, 1), at(60), GRACE);
        assertThat(closed.getClosedBy()).isEqualTo(ClosedBy.TIMEOUT);
        assertThat(closed.getTimeUsedSeconds()).isEqualTo(60);
        assertThat(interview.currentDeadline()).isEqualTo(at(120));
    }

    @Test
    void finishingEarlyClosesTheRestAsThePersonsWithTheTimeTheyTook() {
        Interview interview = interview(InterviewMode.MOCK, 60, 60, 60);
        interview.look(T0, GRACE);

        interview.finish(at(30), GRACE);

        assertThat(interview.isOpen()).isFalse();
        assertThat(interview.getFinishedAt()).isEqualTo(at(30));
        assertThat(interview.getItems()).extracting(InterviewItem::getClosedBy).containsOnly(ClosedBy.USER);
        assertThat(interview.getItems()).extracting(InterviewItem::getTimeUsedSeconds).containsExactly(30, 0, 0);
    }

    @Test
    void theLastQuestionClosingFinishesTheInterviewThen() {
        Interview interview = interview(InterviewMode.MOCK, 60);
        interview.look(T0, GRACE);

        interview.close(item(interview, 1), at(15), GRACE);

        assertThat(interview.isOpen()).isFalse();
        assertThat(interview.getFinishedAt()).isEqualTo(at(15));
        assertThat(interview.currentItem()).isNull();
        assertThat(interview.currentDeadline()).isNull();
    }

    @Test
    void questionsComeOneAtATime() {
        Interview interview = interview(InterviewMode.MOCK, 60, 60);
        interview.look(T0, GRACE);

        assertThatThrownBy(() -> interview.moveTo(1, at(5), GRACE)).isInstanceOf(InterviewException.class)
                .hasMessage("This interview goes one question at a time.");
        assertThat(interview.currentItem()).isSameAs(item(interview, 1));
        assertThat(List.copyOf(interview.getItems())).hasSize(2);
    }
}
