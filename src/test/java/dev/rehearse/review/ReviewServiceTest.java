package dev.rehearse.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.interview.ClosedAnswer;
import dev.rehearse.interview.InterviewService;
import dev.rehearse.interview.InterviewSetup;
import dev.rehearse.interview.InterviewState;
import dev.rehearse.interview.InterviewStatus;
import dev.rehearse.questionbank.Difficulty;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.MutableClock;
import dev.rehearse.support.QueryCounter;
import dev.rehearse.support.TestClockConfig;
import dev.rehearse.support.TestUsers;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@IntegrationTest
@Import(QueryCounter.Config.class)
class ReviewServiceTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    InterviewService interviews;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;
    @Autowired
    QueryCounter queries;

    String user;

    @BeforeEach
    void newUser() {
        clock.set(TestClockConfig.START);
        user = users.register("review");
    }

    private UUID start(int count, Set<String> topics, Set<Difficulty> difficulties) {
        return users.as(user, () -> interviews.start(new InterviewSetup(count, 60, topics, difficulties)).id());
    }

    /** Answers each question with {@code answer} (blank: nothing) and closes it with Next. */
    private void answerAll(UUID id, String answer) {
        users.as(user, () -> {
            InterviewState s = interviews.current(id);
            while (!s.finished()) {
                clock.advance(Duration.ofSeconds(10));
                s = interviews.next(id, s.onScreen().itemId(), answer, s.onScreen().revision());
            }
        });
    }

    @Test
    void historyIsNewestFirstWithCountsAndTopics() {
        UUID older = start(1, Set.of("beta"), Set.of());
        answerAll(older, "");
        clock.advance(Duration.ofMinutes(5));
        UUID newer = start(2, Set.of("alpha"), Set.of(Difficulty.EASY));
        InterviewState s = users.as(user, () -> interviews.current(newer));
        users.as(user, () -> interviews.next(newer, s.onScreen().itemId(), "something", s.onScreen().revision()));

        List<HistoryRow> rows = users.as(user, () -> reviews.history(0, 10));

        assertThat(rows).extracting(HistoryRow::id).containsExactly(newer, older);
        HistoryRow first = rows.getFirst();
        assertThat(first.status()).isEqualTo(InterviewStatus.OPEN);
        assertThat(first.totals()).isEqualTo(new HistoryRow.Totals(2, 1, 0, 0));
        assertThat(first.topicNames()).containsExactly("Alpha topic");
        assertThat(rows.get(1).topicNames()).containsExactly("Beta topic");
        assertThat(rows.get(1).totals()).isEqualTo(new HistoryRow.Totals(1, 0, 0, 10));
        assertThat(users.as(user, () -> reviews.hasHistory())).isTrue();
    }

    @Test
    void aBlankAnswerOfSpacesAndLineBreaksDoesNotCountAsAnswered() {
        UUID id = start(2, Set.of(), Set.of());
        users.as(user, () -> {
            InterviewState s = interviews.current(id);
            s = interviews.next(id, s.onScreen().itemId(), "  \n\t \r\n", s.onScreen().revision());
            interviews.next(id, s.onScreen().itemId(), " an answer ", s.onScreen().revision());
        });

        HistoryRow row = users.as(user, () -> reviews.history(0, 1)).getFirst();

        assertThat(row.totals().answered()).isEqualTo(1);
    }

    @Test
    void aPageOfTheHistoryIsOneQueryHoweverManyInterviewsItShows() {
        for (int i = 0; i < 12; i++) {
            UUID id = start(3, Set.of(), Set.of());
            answerAll(id, "answer " + i);
            clock.advance(Duration.ofMinutes(1));
        }
        users.as(user, () -> reviews.history(0, 50)); // the bank keeps the question texts in memory once read

        var firstPage = users.as(user, () -> queries.count(() -> reviews.history(0, 10)));
        var lastPage = users.as(user, () -> queries.count(() -> reviews.history(10, 10)));
        var latest = users.as(user, () -> queries.count(() -> reviews.latestResults(5)));

        assertThat(firstPage.result()).hasSize(10);
        assertThat(firstPage.statements()).isEqualTo(1);
        assertThat(lastPage.result()).hasSize(2);
        assertThat(lastPage.statements()).isEqualTo(1);
        assertThat(latest.result()).hasSize(5);
        assertThat(latest.statements()).isEqualTo(1);
        assertThat(firstPage.result()).allSatisfy(r -> assertThat(r.totals().answered()).isEqualTo(3));
        assertThat(firstPage.result().getFirst().startedAt()).isAfter(lastPage.result().getFirst().startedAt());
    }

    @Test
    void theLatestResultsAreTheNewestFinishedInterviewsOnly() {
        UUID finished = start(1, Set.of(), Set.of());
        answerAll(finished, "done");
        clock.advance(Duration.ofMinutes(1));
        UUID running = start(1, Set.of(), Set.of());
        users.as(user, () -> interviews.current(running));

        assertThat(users.as(user, () -> reviews.latestResults(5))).extracting(HistoryRow::id)
                .containsExactly(finished);
    }

    @Test
    void aFinishedInterviewIsReviewedAnswerByAnswerAndARunningOneIsRefused() {
        UUID id = start(2, Set.of(), Set.of());
        assertThatThrownBy(() -> users.as(user, () -> reviews.review(id))).hasMessageContaining("still running");
        users.as(user, () -> {
            InterviewState s = interviews.current(id);
            clock.advance(Duration.ofSeconds(25));
            s = interviews.next(id, s.onScreen().itemId(), "<b>first</b>", s.onScreen().revision());
            clock.advance(Duration.ofSeconds(60));
            interviews.timeUp(id, s.onScreen().itemId(), "cut short", s.onScreen().revision());
        });

        InterviewReview review = users.as(user, () -> reviews.review(id));

        assertThat(review.answers()).extracting(ClosedAnswer::position).containsExactly(1, 2);
        assertThat(review.answers()).extracting(ClosedAnswer::answer).containsExactly("<b>first</b>", "cut short");
        assertThat(review.answers()).extracting(a -> a.time().seconds()).containsExactly(25, 60);
        assertThat(review.answers()).extracting(a -> a.time().ranOut()).containsExactly(false, true);
        assertThat(review.timedOutCount()).isEqualTo(1);
        assertThat(review.timeUsedSeconds()).isEqualTo(85);
        assertThat(review.answers().getFirst().question().content().modelAnswer()).contains("marker");
    }

    @Test
    void aMalformedOrUnknownIdIsRefusedLikeSomeoneElses() {
        assertThatThrownBy(() -> users.as(user, () -> reviews.review(UUID.randomUUID())))
                .hasMessage("This interview does not exist, or it belongs to another account.");
        assertThatThrownBy(() -> users.as(user, () -> reviews.review(null)))
                .hasMessage("This interview does not exist, or it belongs to another account.");
    }
}
