package dev.rehearse.interview;

import static dev.rehearse.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.questionbank.Difficulty;
import dev.rehearse.questionbank.QuestionBankService;
import dev.rehearse.security.AccountService;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.MutableClock;
import dev.rehearse.support.TestClockConfig;
import dev.rehearse.support.TestUsers;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@IntegrationTest
class InterviewServiceTest {

    @Autowired
    InterviewService interviews;
    @Autowired
    QuestionBankService bank;
    @Autowired
    AccountService accounts;
    @Autowired
    MutableClock clock;

    String user;

    @BeforeEach
    void newUser() {
        clock.set(TestClockConfig.START);
        user = "user-" + UUID.randomUUID().toString().substring(0, 8);
        TestUsers.register(accounts, user);
    }

    private UUID start(int count, Integer seconds, Set<String> topics, Set<Difficulty> difficulties) {
        return as(user, () -> interviews.start(new InterviewSetup(count, seconds, topics, difficulties)).id());
    }

    @Test
    void drawsDistinctQuestionsOnlyFromTheChosenTopicsAndDifficulties() {
        for (int round = 0; round < 10; round++) {
            UUID id = start(3, 60, Set.of("alpha"), Set.of(Difficulty.EASY));
            InterviewReview review = finishAll(id);
            List<String> ids = review.items().stream().map(i -> i.question().questionId()).toList();
            assertThat(ids).hasSize(3).doesNotHaveDuplicates();
            assertThat(ids).allSatisfy(q -> assertThat(q).isIn("a-one", "a-two", "a-three"));
        }
    }

    @Test
    void theDrawIsRandom() {
        Set<List<String>> orders = new HashSet<>();
        for (int round = 0; round < 12; round++) {
            UUID id = start(3, 60, Set.of(), Set.of());
            orders.add(finishAll(id).items().stream().map(i -> i.question().questionId()).toList());
        }
        assertThat(orders).as("12 draws of 3 from 7 questions should not all be the same").hasSizeGreaterThan(1);
    }

    @Test
    void fewerMatchingThanAskedGivesWhatMatchesAndSaysSo() {
        StartedInterview started = as(user, () -> interviews.start(
                new InterviewSetup(5, null, Set.of("beta"), Set.of())));
        assertThat(started.questionCount()).isEqualTo(2);
        assertThat(started.requestedCount()).isEqualTo(5);
        assertThat(started.gotFewerThanAsked()).isTrue();
        assertThat(as(user, () -> bank.countMatching(Set.of("alpha", "gamma"), Set.of(Difficulty.EASY)))).isEqualTo(4);
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
        assertThat(as(user, () -> interviews.historyCount())).isZero();
    }

    @Test
    void theDeadlineIsStoredWhenAQuestionIsShownAndAReloadKeepsIt() {
        UUID id = start(2, 90, Set.of(), Set.of());
        InterviewState first = as(user, () -> interviews.current(id));
        assertThat(first.position()).isEqualTo(1);
        assertThat(first.total()).isEqualTo(2);
        assertThat(first.deadline()).isEqualTo(TestClockConfig.START.plusSeconds(90));

        clock.advance(Duration.ofSeconds(40));
        InterviewState reloaded = as(user, () -> interviews.current(id));
        assertThat(reloaded.itemId()).isEqualTo(first.itemId());
        assertThat(reloaded.deadline()).as("a reload is not a fresh timer").isEqualTo(first.deadline());
    }

    @Test
    void eachQuestionGetsItsSuggestedTimeWhenNoFixedTimeIsChosen() {
        UUID id = start(1, null, Set.of("gamma"), Set.of());
        InterviewState state = as(user, () -> interviews.current(id));
        assertThat(state.timeLimitSeconds()).isEqualTo(120); // the test bank suggests 2m
    }

    @Test
    void savedTextIsThereAfterAReload() {
        UUID id = start(2, 90, Set.of(), Set.of());
        InterviewState s = as(user, () -> interviews.current(id));
        SaveResult saved = as(user, () -> interviews.saveAnswer(id, s.itemId(), "Depends wires it", s.revision()));
        assertThat(saved.outcome()).isEqualTo(SaveResult.Outcome.SAVED);
        SaveResult again = as(user, () -> interviews.saveAnswer(id, s.itemId(), "Depends wires it up", saved.revision()));
        assertThat(again.outcome()).isEqualTo(SaveResult.Outcome.SAVED);

        assertThat(as(user, () -> interviews.current(id)).answer()).isEqualTo("Depends wires it up");
    }

    @Test
    void aSaveWithinTheGraceCountsAndOneAfterItIsKeptAsLateWithoutChangingTheAnswer() {
        UUID id = start(2, 60, Set.of(), Set.of());
        InterviewState s = as(user, () -> interviews.current(id));
        as(user, () -> interviews.saveAnswer(id, s.itemId(), "draft", s.revision()));

        clock.advance(Duration.ofSeconds(61)); // 1 s past the deadline: inside the 2 s grace
        SaveResult inGrace = as(user, () -> interviews.saveAnswer(id, s.itemId(), "final words", 1));
        assertThat(inGrace.outcome()).isEqualTo(SaveResult.Outcome.SAVED);

        clock.advance(Duration.ofSeconds(2)); // 3 s past: too late
        SaveResult late = as(user, () -> interviews.saveAnswer(id, s.itemId(), "final words and more", 2));
        assertThat(late.outcome()).isEqualTo(SaveResult.Outcome.LATE);

        InterviewState after = as(user, () -> interviews.current(id));
        assertThat(after.position()).as("the expired question closed and the next is shown").isEqualTo(2);
        ReviewItem first = finishAll(id).items().getFirst();
        assertThat(first.answer()).isEqualTo("final words");
        assertThat(first.lateText()).isEqualTo("final words and more");
        assertThat(first.timedOut()).isTrue();
        assertThat(first.timeUsedSeconds()).isEqualTo(60);
    }

    @Test
    void whenTimeRunsOutTheAnswerAsTypedIsKeptAndTheInterviewMovesOn() {
        UUID id = start(2, 60, Set.of(), Set.of());
        InterviewState s = as(user, () -> interviews.current(id));
        clock.advance(Duration.ofSeconds(60));

        InterviewState next = as(user, () -> interviews.timeUp(id, s.itemId(), "typed until the end", s.revision()));

        assertThat(next.position()).isEqualTo(2);
        assertThat(next.deadline()).isEqualTo(clock.instant().plusSeconds(60));
        clock.advance(Duration.ofSeconds(60));
        InterviewState done = as(user, () -> interviews.timeUp(id, next.itemId(), "", next.revision()));
        assertThat(done.finished()).isTrue();
        InterviewReview review = as(user, () -> interviews.review(id));
        assertThat(review.items().getFirst().answer()).isEqualTo("typed until the end");
        assertThat(review.timedOutCount()).isEqualTo(2);
    }

    @Test
    void timeUpBeforeTheServersDeadlineDoesNotCloseTheQuestion() {
        UUID id = start(2, 60, Set.of(), Set.of());
        InterviewState s = as(user, () -> interviews.current(id));
        clock.advance(Duration.ofSeconds(30));

        InterviewState same = as(user, () -> interviews.timeUp(id, s.itemId(), "half", s.revision()));

        assertThat(same.itemId()).isEqualTo(s.itemId());
        assertThat(same.answer()).isEqualTo("half");
    }

    @Test
    void nextClosesTheQuestionWithTheTimeUsedAndFinishingShowsTheReview() {
        UUID id = start(2, 120, Set.of(), Set.of());
        InterviewState s1 = as(user, () -> interviews.current(id));
        clock.advance(Duration.ofSeconds(45));
        InterviewState s2 = as(user, () -> interviews.next(id, s1.itemId(), "first answer", s1.revision()));
        assertThat(s2.position()).isEqualTo(2);
        assertThat(s2.isLast()).isTrue();
        assertThatThrownBy(() -> as(user, () -> interviews.review(id))).hasMessageContaining("still running");

        clock.advance(Duration.ofSeconds(10));
        InterviewState done = as(user, () -> interviews.next(id, s2.itemId(), "<b>second</b>", s2.revision()));

        assertThat(done.finished()).isTrue();
        InterviewReview review = as(user, () -> interviews.review(id));
        assertThat(review.items()).extracting(ReviewItem::answer).containsExactly("first answer", "<b>second</b>");
        assertThat(review.items()).extracting(ReviewItem::timeUsedSeconds).containsExactly(45, 10);
        assertThat(review.items()).extracting(ReviewItem::timedOut).containsExactly(false, false);
        assertThat(review.finishedAt()).isEqualTo(clock.instant());
        assertThat(review.items().getFirst().question().modelAnswer()).contains("marker");
        assertThat(as(user, () -> interviews.openInterview())).isEmpty();
    }

    @Test
    void aSaveAfterNextChangesNothing() {
        UUID id = start(2, 120, Set.of(), Set.of());
        InterviewState s1 = as(user, () -> interviews.current(id));
        as(user, () -> interviews.next(id, s1.itemId(), "kept", s1.revision()));

        SaveResult stale = as(user, () -> interviews.saveAnswer(id, s1.itemId(), "overwritten?", 1));

        assertThat(stale.outcome()).isEqualTo(SaveResult.Outcome.CLOSED);
        assertThat(finishAll(id).items().getFirst().answer()).isEqualTo("kept");
    }

    @Test
    void anOverLongAnswerIsRefusedWithAMessageAndTheSavedTextStays() {
        UUID id = start(1, 120, Set.of(), Set.of());
        InterviewState s = as(user, () -> interviews.current(id));
        as(user, () -> interviews.saveAnswer(id, s.itemId(), "short", 0));

        String tooLong = "x".repeat(InterviewService.MAX_ANSWER_LENGTH + 1);
        assertThatThrownBy(() -> as(user, () -> interviews.saveAnswer(id, s.itemId(), tooLong, 1)))
                .isInstanceOf(InterviewException.class).hasMessageContaining("the limit is 20,000");
        assertThat(as(user, () -> interviews.current(id)).answer()).isEqualTo("short");
    }

    @Test
    void historyIsNewestFirstWithCountsAndTopics() {
        UUID older = start(1, 60, Set.of("beta"), Set.of());
        finishAll(older);
        clock.advance(Duration.ofMinutes(5));
        UUID newer = start(2, 60, Set.of("alpha"), Set.of(Difficulty.EASY));
        InterviewState s = as(user, () -> interviews.current(newer));
        as(user, () -> interviews.next(newer, s.itemId(), "something", s.revision()));

        var page = as(user, () -> interviews.history(PageRequest.of(0, 10)));
        assertThat(page.getContent()).extracting(InterviewSummary::id).containsExactly(newer, older);
        InterviewSummary first = page.getContent().getFirst();
        assertThat(first.status()).isEqualTo(InterviewStatus.OPEN);
        assertThat(first.questionCount()).isEqualTo(2);
        assertThat(first.answeredCount()).isEqualTo(1);
        assertThat(first.topicNames()).containsExactly("Alpha topic");
        assertThat(page.getContent().get(1).topicNames()).containsExactly("Beta topic");
        assertThat(as(user, () -> interviews.openInterview())).get().extracting(InterviewSummary::id).isEqualTo(newer);
    }

    /** Answers nothing and lets every question close with Next; returns the review. */
    private InterviewReview finishAll(UUID id) {
        return as(user, () -> {
            InterviewState s = interviews.current(id);
            while (!s.finished()) {
                s = interviews.next(id, s.itemId(), s.answer(), s.revision());
            }
            return interviews.review(id);
        });
    }
}
