package dev.rehearse.interview;

import static dev.rehearse.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.interview.internal.InterviewExpiryJob;
import dev.rehearse.security.AccountService;
import dev.rehearse.security.UserSettings;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.MutableClock;
import dev.rehearse.support.TestClockConfig;
import dev.rehearse.support.TestUsers;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Both modes, both limit kinds, the expiry job, extra time and two tabs, on a clock the test moves. */
@IntegrationTest
class InterviewModesTest {

    @Autowired
    InterviewService interviews;
    @Autowired
    AccountService accounts;
    @Autowired
    InterviewExpiryJob expiryJob;
    @Autowired
    MutableClock clock;

    String user;

    @BeforeEach
    void newUser() {
        clock.set(TestClockConfig.START);
        user = "modes-" + UUID.randomUUID().toString().substring(0, 8);
        TestUsers.register(accounts, user);
    }

    private UUID start(int count, int seconds, InterviewMode mode, TimeLimitKind kind) {
        return as(user, () -> interviews.start(new InterviewSetup(count, seconds, Set.of(), Set.of(), mode, kind))
                .id());
    }

    @Test
    void mockModeHidesModelAnswersUntilTheEnd() {
        UUID id = start(2, 60, InterviewMode.MOCK, TimeLimitKind.PER_QUESTION);
        InterviewState s1 = as(user, () -> interviews.current(id));
        InterviewState s2 = as(user, () -> interviews.next(id, s1.itemId(), "one", s1.revision()));

        assertThat(s2.feedback()).isNull();
        assertThat(s2.position()).isEqualTo(2);
        assertThatThrownBy(() -> as(user, () -> interviews.review(id))).hasMessageContaining("still running");
    }

    @Test
    void practiceModeShowsTheModelAnswerAndStartsTheNextClockOnlyWhenAskedFor() {
        UUID id = start(2, 60, InterviewMode.PRACTICE, TimeLimitKind.PER_QUESTION);
        InterviewState s1 = as(user, () -> interviews.current(id));
        clock.advance(Duration.ofSeconds(20));

        InterviewState between = as(user, () -> interviews.next(id, s1.itemId(), "my take", s1.revision()));

        assertThat(between.feedback()).isNotNull();
        assertThat(between.feedback().answer()).isEqualTo("my take");
        assertThat(between.feedback().question().modelAnswer()).contains("marker");
        assertThat(between.question()).as("the next question is not shown yet").isNull();
        assertThat(between.deadline()).isNull();

        clock.advance(Duration.ofMinutes(3)); // reading the model answer costs no interview time
        InterviewState s2 = as(user, () -> interviews.current(id));
        assertThat(s2.position()).isEqualTo(2);
        assertThat(s2.deadline()).isEqualTo(clock.instant().plusSeconds(60));

        InterviewState last = as(user, () -> interviews.next(id, s2.itemId(), "second", s2.revision()));
        assertThat(last.finished()).isTrue();
        assertThat(last.feedback().answer()).isEqualTo("second");
    }

    @Test
    void practiceModeTimeoutAlsoShowsTheModelAnswer() {
        UUID id = start(2, 60, InterviewMode.PRACTICE, TimeLimitKind.PER_QUESTION);
        InterviewState s1 = as(user, () -> interviews.current(id));
        clock.advance(Duration.ofSeconds(60));

        InterviewState after = as(user, () -> interviews.timeUp(id, s1.itemId(), "as typed", s1.revision()));

        assertThat(after.feedback()).isNotNull();
        assertThat(after.feedback().timedOut()).isTrue();
        assertThat(after.feedback().answer()).isEqualTo("as typed");
    }

    @Test
    void wholeInterviewHasOneDeadlineAndFreeMovement() {
        UUID id = start(3, 60, InterviewMode.MOCK, TimeLimitKind.WHOLE_INTERVIEW);
        InterviewState s1 = as(user, () -> interviews.current(id));
        assertThat(s1.deadline()).isEqualTo(TestClockConfig.START.plusSeconds(180));
        assertThat(s1.items()).hasSize(3);

        clock.advance(Duration.ofSeconds(30));
        InterviewState s3 = as(user, () -> interviews.moveTo(id, s1.itemId(), "first draft", s1.revision(), 3));
        assertThat(s3.position()).isEqualTo(3);
        assertThat(s3.deadline()).as("moving does not reset the clock").isEqualTo(s1.deadline());
        assertThat(s3.items()).extracting(ItemStatus::answered).containsExactly(true, false, false);

        clock.advance(Duration.ofSeconds(20));
        InterviewState back = as(user, () -> interviews.moveTo(id, s3.itemId(), "third", s3.revision(), 1));
        assertThat(back.answer()).isEqualTo("first draft");
        SaveResult saved = as(user, () -> interviews.saveAnswer(id, back.itemId(), "first, revised", back.revision()));
        assertThat(saved.outcome()).isEqualTo(SaveResult.Outcome.SAVED);

        clock.advance(Duration.ofSeconds(10));
        InterviewState done = as(user, () -> interviews.finish(id, back.itemId(), "first, revised", saved.revision()));
        assertThat(done.finished()).isTrue();
        InterviewReview review = as(user, () -> interviews.review(id));
        assertThat(review.items()).extracting(ReviewItem::answer).containsExactly("first, revised", "", "third");
        assertThat(review.items()).extracting(ReviewItem::timeUsedSeconds).containsExactly(40, 0, 20);
        assertThat(review.timedOutCount()).isZero();
    }

    @Test
    void wholeInterviewFinishesAtItsDeadlineKeepingEveryAnswerAndRefusingLateText() {
        UUID id = start(2, 60, InterviewMode.MOCK, TimeLimitKind.WHOLE_INTERVIEW);
        InterviewState s1 = as(user, () -> interviews.current(id));
        as(user, () -> interviews.saveAnswer(id, s1.itemId(), "kept", s1.revision()));
        clock.advance(Duration.ofSeconds(121)); // inside the grace
        InterviewState done = as(user, () -> interviews.timeUp(id, s1.itemId(), "kept and more", 1));
        assertThat(done.finished()).isTrue();

        clock.advance(Duration.ofSeconds(5));
        SaveResult late = as(user, () -> interviews.saveAnswer(id, s1.itemId(), "after the end", 2));
        assertThat(late.outcome()).isEqualTo(SaveResult.Outcome.LATE);
        InterviewReview review = as(user, () -> interviews.review(id));
        assertThat(review.items().getFirst().answer()).isEqualTo("kept and more");
        assertThat(review.items().getFirst().lateText()).isEqualTo("after the end");
        assertThat(review.timedOutCount()).isEqualTo(2);
        assertThat(review.finishedAt()).isEqualTo(TestClockConfig.START.plusSeconds(120));
    }

    @Test
    void aWholeInterviewEndsOnTimeEvenWhileAClosedPracticeQuestionIsOnScreen() {
        UUID id = start(2, 60, InterviewMode.PRACTICE, TimeLimitKind.WHOLE_INTERVIEW);
        InterviewState s1 = as(user, () -> interviews.current(id));
        InterviewState checked = as(user, () -> interviews.next(id, s1.itemId(), "checked early", s1.revision()));
        assertThat(checked.closed()).isTrue();
        assertThat(checked.feedback()).isNotNull();

        clock.advance(Duration.ofSeconds(120));
        InterviewState done = as(user, () -> interviews.timeUp(id, checked.itemId(), "checked early",
                checked.revision()));

        assertThat(done.finished()).isTrue();
        assertThat(as(user, () -> interviews.review(id)).items()).extracting(ReviewItem::answer)
                .containsExactly("checked early", "");
    }

    @Test
    void theServerFinishesExpiredInterviewsWithNoBrowserOpenKeepingTheSavedText() {
        UUID id = start(3, 60, InterviewMode.MOCK, TimeLimitKind.PER_QUESTION);
        InterviewState s1 = as(user, () -> interviews.current(id));
        as(user, () -> interviews.saveAnswer(id, s1.itemId(), "saved before the tab closed", s1.revision()));

        clock.advance(Duration.ofSeconds(30));
        expiryJob.closeExpired();
        assertThat(as(user, () -> interviews.openInterview())).as("not expired yet").isPresent();

        clock.advance(Duration.ofMinutes(10)); // the person never comes back
        expiryJob.closeExpired();

        assertThat(as(user, () -> interviews.openInterview())).isEmpty();
        InterviewReview review = as(user, () -> interviews.review(id));
        assertThat(review.items().getFirst().answer()).isEqualTo("saved before the tab closed");
        assertThat(review.timedOutCount()).isEqualTo(3);
        assertThat(review.items()).extracting(ReviewItem::timeUsedSeconds).containsExactly(60, 60, 60);
        // time kept running question after question, as in a real interview
        assertThat(review.finishedAt()).isEqualTo(TestClockConfig.START.plusSeconds(180));
    }

    @Test
    void theExpiryJobLeavesAPracticeInterviewWaitingForThePerson() {
        UUID id = start(2, 60, InterviewMode.PRACTICE, TimeLimitKind.PER_QUESTION);
        as(user, () -> interviews.current(id));
        clock.advance(Duration.ofMinutes(5));
        expiryJob.closeExpired();

        InterviewState next = as(user, () -> interviews.current(id));
        assertThat(next.position()).isEqualTo(2);
        assertThat(next.deadline()).isEqualTo(clock.instant().plusSeconds(60));
    }

    @Test
    void extraTimeIsAppliedToEveryLimit() {
        as(user, () -> accounts.changeSettings(new UserSettings(150, false, false)));
        UUID perQuestion = start(1, 60, InterviewMode.MOCK, TimeLimitKind.PER_QUESTION);
        UUID whole = start(2, 60, InterviewMode.MOCK, TimeLimitKind.WHOLE_INTERVIEW);

        assertThat(as(user, () -> interviews.current(perQuestion)).timeLimitSeconds()).isEqualTo(90);
        InterviewState w = as(user, () -> interviews.current(whole));
        assertThat(w.timeLimitSeconds()).isEqualTo(180);
        assertThat(w.deadline()).isEqualTo(clock.instant().plusSeconds(180));
    }

    @Test
    void aSecondTabCannotSilentlyOverwriteNewerText() {
        UUID id = start(2, 120, InterviewMode.MOCK, TimeLimitKind.PER_QUESTION);
        InterviewState tabA = as(user, () -> interviews.current(id));
        InterviewState tabB = as(user, () -> interviews.current(id)); // same question, same revision

        SaveResult a = as(user, () -> interviews.saveAnswer(id, tabA.itemId(), "newer text from tab A",
                tabA.revision()));
        SaveResult b = as(user, () -> interviews.saveAnswer(id, tabB.itemId(), "older text from tab B",
                tabB.revision()));

        assertThat(a.outcome()).isEqualTo(SaveResult.Outcome.SAVED);
        assertThat(b.outcome()).isEqualTo(SaveResult.Outcome.CONFLICT);
        assertThatThrownBy(() -> as(user, () -> interviews.next(id, tabB.itemId(), "older text from tab B",
                tabB.revision()))).isInstanceOf(InterviewException.class).hasMessageContaining("another tab");
        InterviewState reloaded = as(user, () -> interviews.current(id));
        assertThat(reloaded.answer()).isEqualTo("newer text from tab A");
        assertThat(reloaded.position()).isEqualTo(1);
    }
}
