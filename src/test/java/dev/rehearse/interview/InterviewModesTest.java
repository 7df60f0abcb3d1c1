package dev.rehearse.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.interview.internal.InterviewExpiryJob;
import dev.rehearse.security.AccountService;
import dev.rehearse.security.UserSettings;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.MutableClock;
import dev.rehearse.support.TestClockConfig;
import dev.rehearse.review.InterviewReview;
import dev.rehearse.review.ReviewService;
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
    ReviewService reviews;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;

    String user;

    @BeforeEach
    void newUser() {
        clock.set(TestClockConfig.START);
        user = users.register("modes");
    }

    private UUID start(int count, int seconds, InterviewMode mode, TimeLimitKind kind) {
        return users.as(user, () -> interviews.start(new InterviewSetup(count, seconds, Set.of(), Set.of(), mode, kind))
                .id());
    }

    @Test
    void mockModeHidesModelAnswersUntilTheEnd() {
        UUID id = start(2, 60, InterviewMode.MOCK, TimeLimitKind.PER_QUESTION);
        InterviewState s1 = users.as(user, () -> interviews.current(id));
        InterviewState s2 = users.as(user, () -> interviews.next(id, s1.onScreen().itemId(), "one", s1.onScreen().revision()));

        assertThat(s2.feedback()).isNull();
        assertThat(s2.progress().position()).isEqualTo(2);
        assertThatThrownBy(() -> users.as(user, () -> reviews.review(id))).hasMessageContaining("still running");
    }

    @Test
    void practiceModeShowsTheModelAnswerAndStartsTheNextClockOnlyWhenAskedFor() {
        UUID id = start(2, 60, InterviewMode.PRACTICE, TimeLimitKind.PER_QUESTION);
        InterviewState s1 = users.as(user, () -> interviews.current(id));
        clock.advance(Duration.ofSeconds(20));

        InterviewState between = users.as(user, () -> interviews.next(id, s1.onScreen().itemId(), "my take", s1.onScreen().revision()));

        assertThat(between.feedback()).isNotNull();
        assertThat(between.feedback().answer()).isEqualTo("my take");
        assertThat(between.feedback().question().content().modelAnswer()).contains("marker");
        assertThat(between.onScreen()).as("the next question is not shown yet, and no clock runs").isNull();

        clock.advance(Duration.ofMinutes(3)); // reading the model answer costs no interview time
        InterviewState s2 = users.as(user, () -> interviews.current(id));
        assertThat(s2.progress().position()).isEqualTo(2);
        assertThat(s2.onScreen().countdown().deadline()).isEqualTo(clock.instant().plusSeconds(60));

        InterviewState last = users.as(user, () -> interviews.next(id, s2.onScreen().itemId(), "second", s2.onScreen().revision()));
        assertThat(last.finished()).isTrue();
        assertThat(last.feedback().answer()).isEqualTo("second");
    }

    @Test
    void practiceModeTimeoutAlsoShowsTheModelAnswer() {
        UUID id = start(2, 60, InterviewMode.PRACTICE, TimeLimitKind.PER_QUESTION);
        InterviewState s1 = users.as(user, () -> interviews.current(id));
        clock.advance(Duration.ofSeconds(60));

        InterviewState after = users.as(user, () -> interviews.timeUp(id, s1.onScreen().itemId(), "as typed", s1.onScreen().revision()));

        assertThat(after.feedback()).isNotNull();
        assertThat(after.feedback().time().ranOut()).isTrue();
        assertThat(after.feedback().answer()).isEqualTo("as typed");
    }

    @Test
    void wholeInterviewHasOneDeadlineAndFreeMovement() {
        UUID id = start(3, 60, InterviewMode.MOCK, TimeLimitKind.WHOLE_INTERVIEW);
        InterviewState s1 = users.as(user, () -> interviews.current(id));
        assertThat(s1.onScreen().countdown().deadline()).isEqualTo(TestClockConfig.START.plusSeconds(180));
        assertThat(s1.items()).hasSize(3);

        clock.advance(Duration.ofSeconds(30));
        InterviewState s3 = users.as(user, () -> interviews.moveTo(id, s1.onScreen().itemId(), "first draft", s1.onScreen().revision(), 3));
        assertThat(s3.progress().position()).isEqualTo(3);
        assertThat(s3.onScreen().countdown().deadline()).as("moving does not reset the clock").isEqualTo(s1.onScreen().countdown().deadline());
        assertThat(s3.items()).extracting(ItemStatus::answered).containsExactly(true, false, false);

        clock.advance(Duration.ofSeconds(20));
        InterviewState back = users.as(user, () -> interviews.moveTo(id, s3.onScreen().itemId(), "third", s3.onScreen().revision(), 1));
        assertThat(back.onScreen().answer()).isEqualTo("first draft");
        SaveResult saved = users.as(user, () -> interviews.saveAnswer(id, back.onScreen().itemId(), "first, revised", back.onScreen().revision()));
        assertThat(saved.outcome()).isEqualTo(SaveResult.Outcome.SAVED);

        clock.advance(Duration.ofSeconds(10));
        InterviewState done = users.as(user, () -> interviews.finish(id, back.onScreen().itemId(), "first, revised", saved.revision()));
        assertThat(done.finished()).isTrue();
        InterviewReview review = users.as(user, () -> reviews.review(id));
        assertThat(review.answers()).extracting(ClosedAnswer::answer).containsExactly("first, revised", "", "third");
        assertThat(review.answers()).extracting(a -> a.time().seconds()).containsExactly(40, 0, 20);
        assertThat(review.timedOutCount()).isZero();
    }

    @Test
    void wholeInterviewFinishesAtItsDeadlineKeepingEveryAnswerAndRefusingLateText() {
        UUID id = start(2, 60, InterviewMode.MOCK, TimeLimitKind.WHOLE_INTERVIEW);
        InterviewState s1 = users.as(user, () -> interviews.current(id));
        users.as(user, () -> interviews.saveAnswer(id, s1.onScreen().itemId(), "kept", s1.onScreen().revision()));
        clock.advance(Duration.ofSeconds(121)); // inside the grace
        InterviewState done = users.as(user, () -> interviews.timeUp(id, s1.onScreen().itemId(), "kept and more", 1));
        assertThat(done.finished()).isTrue();

        clock.advance(Duration.ofSeconds(5));
        SaveResult late = users.as(user, () -> interviews.saveAnswer(id, s1.onScreen().itemId(), "after the end", 2));
        assertThat(late.outcome()).isEqualTo(SaveResult.Outcome.LATE);
        InterviewReview review = users.as(user, () -> reviews.review(id));
        assertThat(review.answers().getFirst().answer()).isEqualTo("kept and more");
        assertThat(review.answers().getFirst().lateText()).isEqualTo("after the end");
        assertThat(review.timedOutCount()).isEqualTo(2);
        assertThat(review.finishedAt()).isEqualTo(TestClockConfig.START.plusSeconds(120));
    }

    @Test
    void aWholeInterviewEndsOnTimeEvenWhileAClosedPracticeQuestionIsOnScreen() {
        UUID id = start(2, 60, InterviewMode.PRACTICE, TimeLimitKind.WHOLE_INTERVIEW);
        InterviewState s1 = users.as(user, () -> interviews.current(id));
        InterviewState checked = users.as(user, () -> interviews.next(id, s1.onScreen().itemId(), "checked early", s1.onScreen().revision()));
        assertThat(checked.onScreen().closed()).isTrue();
        assertThat(checked.feedback()).isNotNull();

        clock.advance(Duration.ofSeconds(120));
        InterviewState done = users.as(user, () -> interviews.timeUp(id, checked.onScreen().itemId(), "checked early",
                checked.onScreen().revision()));

        assertThat(done.finished()).isTrue();
        assertThat(users.as(user, () -> reviews.review(id)).answers()).extracting(ClosedAnswer::answer)
                .containsExactly("checked early", "");
    }

    @Test
    void theServerFinishesExpiredInterviewsWithNoBrowserOpenKeepingTheSavedText() {
        UUID id = start(3, 60, InterviewMode.MOCK, TimeLimitKind.PER_QUESTION);
        InterviewState s1 = users.as(user, () -> interviews.current(id));
        users.as(user, () -> interviews.saveAnswer(id, s1.onScreen().itemId(), "saved before the tab closed", s1.onScreen().revision()));

        clock.advance(Duration.ofSeconds(30));
        expiryJob.closeExpired();
        assertThat(users.as(user, () -> interviews.openInterview())).as("not expired yet").isPresent();

        clock.advance(Duration.ofMinutes(10)); // the person never comes back
        expiryJob.closeExpired();

        assertThat(users.as(user, () -> interviews.openInterview())).isEmpty();
        InterviewReview review = users.as(user, () -> reviews.review(id));
        assertThat(review.answers().getFirst().answer()).isEqualTo("saved before the tab closed");
        assertThat(review.timedOutCount()).isEqualTo(3);
        assertThat(review.answers()).extracting(a -> a.time().seconds()).containsExactly(60, 60, 60);
        // time kept running question after question, as in a real interview
        assertThat(review.finishedAt()).isEqualTo(TestClockConfig.START.plusSeconds(180));
    }

    @Test
    void theExpiryJobLeavesAPracticeInterviewWaitingForThePerson() {
        UUID id = start(2, 60, InterviewMode.PRACTICE, TimeLimitKind.PER_QUESTION);
        users.as(user, () -> interviews.current(id));
        clock.advance(Duration.ofMinutes(5));
        expiryJob.closeExpired();

        InterviewState next = users.as(user, () -> interviews.current(id));
        assertThat(next.progress().position()).isEqualTo(2);
        assertThat(next.onScreen().countdown().deadline()).isEqualTo(clock.instant().plusSeconds(60));
    }

    @Test
    void extraTimeIsAppliedToEveryLimit() {
        users.as(user, () -> accounts.changeSettings(new UserSettings(150, false, false)));
        UUID perQuestion = start(1, 60, InterviewMode.MOCK, TimeLimitKind.PER_QUESTION);
        UUID whole = start(2, 60, InterviewMode.MOCK, TimeLimitKind.WHOLE_INTERVIEW);

        assertThat(users.as(user, () -> interviews.current(perQuestion)).onScreen().countdown().limitSeconds()).isEqualTo(90);
        InterviewState w = users.as(user, () -> interviews.current(whole));
        assertThat(w.onScreen().countdown().limitSeconds()).isEqualTo(180);
        assertThat(w.onScreen().countdown().deadline()).isEqualTo(clock.instant().plusSeconds(180));
    }

    @Test
    void aSecondTabCannotSilentlyOverwriteNewerText() {
        UUID id = start(2, 120, InterviewMode.MOCK, TimeLimitKind.PER_QUESTION);
        InterviewState tabA = users.as(user, () -> interviews.current(id));
        InterviewState tabB = users.as(user, () -> interviews.current(id)); // same question, same revision

        SaveResult a = users.as(user, () -> interviews.saveAnswer(id, tabA.onScreen().itemId(), "newer text from tab A",
                tabA.onScreen().revision()));
        SaveResult b = users.as(user, () -> interviews.saveAnswer(id, tabB.onScreen().itemId(), "older text from tab B",
                tabB.onScreen().revision()));

        assertThat(a.outcome()).isEqualTo(SaveResult.Outcome.SAVED);
        assertThat(b.outcome()).isEqualTo(SaveResult.Outcome.CONFLICT);
        assertThatThrownBy(() -> users.as(user, () -> interviews.next(id, tabB.onScreen().itemId(), "older text from tab B",
                tabB.onScreen().revision()))).isInstanceOf(InterviewException.class).hasMessageContaining("another tab");
        InterviewState reloaded = users.as(user, () -> interviews.current(id));
        assertThat(reloaded.onScreen().answer()).isEqualTo("newer text from tab A");
        assertThat(reloaded.progress().position()).isEqualTo(1);
    }
}
