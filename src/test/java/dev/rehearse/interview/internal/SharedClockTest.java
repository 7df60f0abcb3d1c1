package dev.rehearse.interview.internal;

import static dev.rehearse.interview.internal.TestInterviews.GRACE;
import static dev.rehearse.interview.internal.TestInterviews.T0;
import static dev.rehearse.interview.internal.TestInterviews.at;
import static dev.rehearse.interview.internal.TestInterviews.item;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.interview.ClosedBy;
import dev.rehearse.interview.InterviewMode;
import dev.rehearse.interview.TimeLimitKind;
import org.junit.jupiter.api.Test;

/** The rules of one clock for the whole interview, on plain entities and instants: no Spring, no database. */
class SharedClockTest {

    private static Interview interview(InterviewMode mode, int... limits) {
        return TestInterviews.interview(TimeLimitKind.WHOLE_INTERVIEW, mode, limits);
    }

    @Test
    void theSharedDeadlineIsTheSumOfTheLimitsStampedWhenTheInterviewIsFirstOpened() {
        Interview interview = interview(InterviewMode.MOCK, 60, 90, 30);
        assertThat(interview.currentLimitSeconds()).isEqualTo(180);
        assertThat(interview.currentDeadline()).isNull();

        interview.look(at(10), GRACE);
        interview.look(at(50), GRACE);

        assertThat(interview.currentDeadline()).as("a reload is not a fresh timer").isEqualTo(at(190));
    }

    @Test
    void movingFreelyKeepsTheDeadlineAndCountsTheTimeEachQuestionWasOnScreen() {
        Interview interview = interview(InterviewMode.MOCK, 60, 60, 60);
        interview.look(T0, GRACE);

        interview.moveTo(2, at(40), GRACE);  // question 1 on screen for 40 s
        interview.moveTo(0, at(60), GRACE);  // question 3 for 20 s
        interview.finish(at(70), GRACE);     // question 1 again for 10 s

        assertThat(interview.getDeadline()).as("moving never moves the deadline").isEqualTo(at(180));
        assertThat(interview.getItems()).extracting(InterviewItem::getTimeUsedSeconds).containsExactly(50, 0, 20);
        assertThat(interview.getItems()).extracting(InterviewItem::getClosedBy).containsOnly(ClosedBy.USER);
        assertThat(interview.getFinishedAt()).isEqualTo(at(70));
    }

    @Test
    void aPositionOutsideTheInterviewIsIgnored() {
        Interview interview = interview(InterviewMode.MOCK, 60, 60);
        interview.look(T0, GRACE);

        interview.moveTo(5, at(10), GRACE);

        assertThat(interview.currentItem()).isSameAs(item(interview, 1));
    }

    @Test
    void checkingOneQuestionLeavesTheOthersOpenAndCheckingTheLastFinishes() {
        Interview interview = interview(InterviewMode.PRACTICE, 60, 60);
        interview.look(T0, GRACE);

        InterviewItem first = interview.close(item(interview, 1), at(30), GRACE);
        assertThat(first.getClosedBy()).isEqualTo(ClosedBy.USER);
        assertThat(first.getTimeUsedSeconds()).isEqualTo(30);
        assertThat(interview.isOpen()).isTrue();
        assertThat(item(interview, 2).isClosed()).isFalse();

        interview.moveTo(1, at(35), GRACE);
        interview.close(item(interview, 2), at(50), GRACE);
        assertThat(interview.isOpen()).isFalse();
        assertThat(interview.getFinishedAt()).isEqualTo(at(50));
        assertThat(item(interview, 2).getTimeUsedSeconds()).isEqualTo(15);
    }

    @Test
    void whenTheSharedTimeIsUpEveryQuestionClosesAtTheDeadlineWithTimeCountedUpToIt() {
        Interview interview = interview(InterviewMode.MOCK, 60, 60);
        interview.look(T0, GRACE);
        interview.moveTo(1, at(100), GRACE);

        assertThat(interview.timeUp(item(interview, 2), at(119), GRACE)).isNull();
        assertThat(interview.isOpen()).isTrue();

        interview.timeUp(item(interview, 2), at(121), GRACE);
        assertThat(interview.isOpen()).isFalse();
        assertThat(interview.getFinishedAt()).isEqualTo(at(120));
        assertThat(interview.getItems()).extracting(InterviewItem::getClosedBy).containsOnly(ClosedBy.TIMEOUT);
        assertThat(interview.getItems()).extracting(InterviewItem::getTimeUsedSeconds).containsExactly(100, 20);
    }

    @Test
    void aSaveCountsUntilTheGraceAfterTheSharedDeadline() {
        Interview interview = interview(InterviewMode.MOCK, 60);
        interview.look(T0, GRACE);

        assertThat(interview.isLate(item(interview, 1), at(62), GRACE)).isFalse();
        assertThat(interview.isLate(item(interview, 1), at(63), GRACE)).isTrue();
    }

    @Test
    void comingBackAfterTheDeadlineFindsTheInterviewFinishedAtIt() {
        Interview interview = interview(InterviewMode.MOCK, 60, 60);
        interview.look(T0, GRACE);

        interview.look(at(500), GRACE);

        assertThat(interview.isOpen()).isFalse();
        assertThat(interview.getFinishedAt()).isEqualTo(at(120));
        assertThat(interview.getItems()).extracting(InterviewItem::getClosedBy).containsOnly(ClosedBy.TIMEOUT);
        assertThat(item(interview, 1).getTimeUsedSeconds()).as("on screen until the deadline").isEqualTo(120);
    }

    @Test
    void theServerFinishesAnExpiredInterviewWithNobodyWatching() {
        Interview interview = interview(InterviewMode.PRACTICE, 60);
        interview.look(T0, GRACE);

        interview.expire(at(61), GRACE);
        assertThat(interview.isOpen()).as("still inside the grace").isTrue();

        interview.expire(at(63), GRACE);
        assertThat(interview.isOpen()).isFalse();
        assertThat(item(interview, 1).getClosedBy()).isEqualTo(ClosedBy.SERVER);
        assertThat(interview.getFinishedAt()).isEqualTo(at(60));
    }

    @Test
    void anInterviewNobodyOpenedHasNoClockToRunOut() {
        Interview interview = interview(InterviewMode.MOCK, 60);

        interview.expire(at(10_000), GRACE);
        interview.settle(at(10_000), GRACE);

        assertThat(interview.isOpen()).isTrue();
        assertThat(interview.getDeadline()).isNull();
    }
}
