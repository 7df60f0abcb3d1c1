package dev.rehearse.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.questionbank.Difficulty;
import dev.rehearse.questionbank.QuestionBankService;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.MutableClock;
import dev.rehearse.support.TestClockConfig;
import dev.rehearse.review.InterviewReview;
import dev.rehearse.review.ReviewService;
import dev.rehearse.support.TestUsers;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class InterviewServiceTest {

    @Autowired
    InterviewService interviews;
    @Autowired
    QuestionBankService bank;
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
        user = users.register("user");
    }

    private UUID start(int count, Integer seconds, Set<String> topics, Set<Difficulty> difficulties) {
        return users.as(user, () -> interviews.start(new InterviewSetup(count, seconds, topics, difficulties)).id());
    }

    @Test
    void drawsDistinctQuestionsOnlyFromTheChosenTopicsAndDifficulties() {
        for (int round = 0; round < 10; round++) {
            UUID id = start(3, 60, Set.of("alpha"), Set.of(Difficulty.EASY));
            InterviewReview review = finishAll(id);
            List<String> ids = review.answers().stream().map(i -> i.question().questionId()).toList();
            assertThat(ids).hasSize(3).doesNotHaveDuplicates();
            assertThat(ids).allSatisfy(q -> assertThat(q).isIn("a-one", "a-two", "a-three"));
        }
    }

    @Test
    void theDrawIsRandom() {
        Set<List<String>> orders = new HashSet<>();
        for (int round = 0; round < 12; round++) {
            UUID id = start(3, 60, Set.of(), Set.of());
            orders.add(finishAll(id).answers().stream().map(i -> i.question().questionId()).toList());
        }
        assertThat(orders).as("12 draws of 3 from 7 questions should not all be the same").hasSizeGreaterThan(1);
    }

    @Test
    void fewerMatchingThanAskedGivesWhatMatchesAndSaysSo() {
        StartedInterview started = users.as(user, () -> interviews.start(
                new InterviewSetup(5, null, Set.of("beta"), Set.of())));
        assertThat(started.questionCount()).isEqualTo(2);
        assertThat(started.requestedCount()).isEqualTo(5);
        assertThat(started.gotFewerThanAsked()).isTrue();
        assertThat(users.as(user, () -> bank.countMatching(Set.of("alpha", "gamma"), Set.of(Difficulty.EASY)))).isEqualTo(4);
    }

    @Test
    void badSettingsAndAnEmptyDrawAreRefusedWithAMessageAndCreateNothing() {
        assertThatThrownBy(() -> start(0, null, Set.of(), Set.of())).isInstanceOf(InterviewException.class)
                .hasMessage("Choose between 1 and 20 questions.");
        assertThatThrownBy(() -> start(21, null, Set.of(), Set.of())).hasMessage("Choose between 1 and 20 questions.");
        assertThatThrownBy(() -> start(3, 10, Set.of(), Set.of()))
                .hasMessage("The time per question must be between 30 seconds and 30 minutes.");
        assertThatThrownBy(() -> start(3, 60, Set.of("beta"), Set.of(Difficulty.HARD)))
                .hasMessageContaining("No question matches");
        assertThat(users.as(user, () -> reviews.hasHistory())).isFalse();
    }

    @Test
    void theDeadlineIsStoredWhenAQuestionIsShownAndAReloadKeepsIt() {
        UUID id = start(2, 90, Set.of(), Set.of());
        InterviewState first = users.as(user, () -> interviews.current(id));
        assertThat(first.progress().position()).isEqualTo(1);
        assertThat(first.progress().total()).isEqualTo(2);
        assertThat(first.onScreen().countdown().deadline()).isEqualTo(TestClockConfig.START.plusSeconds(90));

        clock.advance(Duration.ofSeconds(40));
        InterviewState reloaded = users.as(user, () -> interviews.current(id));
        assertThat(reloaded.onScreen().itemId()).isEqualTo(first.onScreen().itemId());
        assertThat(reloaded.onScreen().countdown().deadline()).as("a reload is not a fresh timer").isEqualTo(first.onScreen().countdown().deadline());
    }

    @Test
    void eachQuestionGetsItsSuggestedTimeWhenNoFixedTimeIsChosen() {
        UUID id = start(1, null, Set.of("gamma"), Set.of());
        InterviewState state = users.as(user, () -> interviews.current(id));
        assertThat(state.onScreen().countdown().limitSeconds()).isEqualTo(120); // the test bank suggests 2m
    }

    @Test
    void savedTextIsThereAfterAReload() {
        UUID id = start(2, 90, Set.of(), Set.of());
        InterviewState s = users.as(user, () -> interviews.current(id));
        SaveResult saved = users.as(user, () -> interviews.saveAnswer(id, s.onScreen().itemId(), "Depends wires it", s.onScreen().revision()));
        assertThat(saved.outcome()).isEqualTo(SaveResult.Outcome.SAVED);
        SaveResult again = users.as(user, () -> interviews.saveAnswer(id, s.onScreen().itemId(), "Depends wires it up", saved.revision()));
        assertThat(again.outcome()).isEqualTo(SaveResult.Outcome.SAVED);

        assertThat(users.as(user, () -> interviews.current(id)).onScreen().answer()).isEqualTo("Depends wires it up");
    }

    @Test
    void aSaveWithinTheGraceCountsAndOneAfterItIsKeptAsLateWithoutChangingTheAnswer() {
        UUID id = start(2, 60, Set.of(), Set.of());
        InterviewState s = users.as(user, () -> interviews.current(id));
        users.as(user, () -> interviews.saveAnswer(id, s.onScreen().itemId(), "draft", s.onScreen().revision()));

        clock.advance(Duration.ofSeconds(61)); // 1 s past the deadline: inside the 2 s grace
        SaveResult inGrace = users.as(user, () -> interviews.saveAnswer(id, s.onScreen().itemId(), "final words", 1));
        assertThat(inGrace.outcome()).isEqualTo(SaveResult.Outcome.SAVED);

        clock.advance(Duration.ofSeconds(2)); // 3 s past: too late
        SaveResult late = users.as(user, () -> interviews.saveAnswer(id, s.onScreen().itemId(), "final words and more", 2));
        assertThat(late.outcome()).isEqualTo(SaveResult.Outcome.LATE);

        InterviewState after = users.as(user, () -> interviews.current(id));
        assertThat(after.progress().position()).as("the expired question closed and the next is shown").isEqualTo(2);
        ClosedAnswer first = finishAll(id).answers().getFirst();
        assertThat(first.answer()).isEqualTo("final words");
        assertThat(first.lateText()).isEqualTo("final words and more");
        assertThat(first.time().ranOut()).isTrue();
        assertThat(first.time().seconds()).isEqualTo(60);
    }

    @Test
    void whenTimeRunsOutTheAnswerAsTypedIsKeptAndTheInterviewMovesOn() {
        UUID id = start(2, 60, Set.of(), Set.of());
        InterviewState s = users.as(user, () -> interviews.current(id));
        clock.advance(Duration.ofSeconds(60));

        InterviewState next = users.as(user, () -> interviews.timeUp(id, s.onScreen().itemId(), "typed until the end", s.onScreen().revision()));

        assertThat(next.progress().position()).isEqualTo(2);
        assertThat(next.onScreen().countdown().deadline()).isEqualTo(clock.instant().plusSeconds(60));
        clock.advance(Duration.ofSeconds(60));
        InterviewState done = users.as(user, () -> interviews.timeUp(id, next.onScreen().itemId(), "", next.onScreen().revision()));
        assertThat(done.finished()).isTrue();
        InterviewReview review = users.as(user, () -> reviews.review(id));
        assertThat(review.answers().getFirst().answer()).isEqualTo("typed until the end");
        assertThat(review.timedOutCount()).isEqualTo(2);
    }

    @Test
    void timeUpBeforeTheServersDeadlineDoesNotCloseTheQuestion() {
        UUID id = start(2, 60, Set.of(), Set.of());
        InterviewState s = users.as(user, () -> interviews.current(id));
        clock.advance(Duration.ofSeconds(30));

        InterviewState same = users.as(user, () -> interviews.timeUp(id, s.onScreen().itemId(), "half", s.onScreen().revision()));

        assertThat(same.onScreen().itemId()).isEqualTo(s.onScreen().itemId());
        assertThat(same.onScreen().answer()).isEqualTo("half");
    }

    @Test
    void nextClosesTheQuestionWithTheTimeUsedAndFinishingShowsTheReview() {
        UUID id = start(2, 120, Set.of(), Set.of());
        InterviewState s1 = users.as(user, () -> interviews.current(id));
        clock.advance(Duration.ofSeconds(45));
        InterviewState s2 = users.as(user, () -> interviews.next(id, s1.onScreen().itemId(), "first answer", s1.onScreen().revision()));
        assertThat(s2.progress().position()).isEqualTo(2);
        assertThat(s2.progress().isLast()).isTrue();
        assertThatThrownBy(() -> users.as(user, () -> reviews.review(id))).hasMessageContaining("still running");

        clock.advance(Duration.ofSeconds(10));
        InterviewState done = users.as(user, () -> interviews.next(id, s2.onScreen().itemId(), "<b>second</b>", s2.onScreen().revision()));

        assertThat(done.finished()).isTrue();
        InterviewReview review = users.as(user, () -> reviews.review(id));
        assertThat(review.answers()).extracting(ClosedAnswer::answer).containsExactly("first answer", "<b>second</b>");
        assertThat(review.answers()).extracting(a -> a.time().seconds()).containsExactly(45, 10);
        assertThat(review.answers()).extracting(a -> a.time().ranOut()).containsExactly(false, false);
        assertThat(review.finishedAt()).isEqualTo(clock.instant());
        assertThat(review.answers().getFirst().question().content().modelAnswer()).contains("marker");
        assertThat(users.as(user, () -> interviews.openInterview())).isEmpty();
    }

    @Test
    void aSaveAfterNextChangesNothing() {
        UUID id = start(2, 120, Set.of(), Set.of());
        InterviewState s1 = users.as(user, () -> interviews.current(id));
        users.as(user, () -> interviews.next(id, s1.onScreen().itemId(), "kept", s1.onScreen().revision()));

        SaveResult stale = users.as(user, () -> interviews.saveAnswer(id, s1.onScreen().itemId(), "overwritten?", 1));

        assertThat(stale.outcome()).isEqualTo(SaveResult.Outcome.CLOSED);
        assertThat(finishAll(id).answers().getFirst().answer()).isEqualTo("kept");
    }

    @Test
    void anOverLongAnswerIsRefusedWithAMessageAndTheSavedTextStays() {
        UUID id = start(1, 120, Set.of(), Set.of());
        InterviewState s = users.as(user, () -> interviews.current(id));
        users.as(user, () -> interviews.saveAnswer(id, s.onScreen().itemId(), "short", 0));

        String tooLong = "x".repeat(InterviewService.MAX_ANSWER_LENGTH + 1);
        assertThatThrownBy(() -> users.as(user, () -> interviews.saveAnswer(id, s.onScreen().itemId(), tooLong, 1)))
                .isInstanceOf(InterviewException.class).hasMessageContaining("the limit is 20,000");
        assertThat(users.as(user, () -> interviews.current(id)).onScreen().answer()).isEqualTo("short");
    }

    /** Answers nothing and lets every question close with Next; returns the review. */
    private InterviewReview finishAll(UUID id) {
        return users.as(user, () -> {
            InterviewState s = interviews.current(id);
            while (!s.finished()) {
                s = interviews.next(id, s.onScreen().itemId(), s.onScreen().answer(), s.onScreen().revision());
            }
            return reviews.review(id);
        });
    }
}
