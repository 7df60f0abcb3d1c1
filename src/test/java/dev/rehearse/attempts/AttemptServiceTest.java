package dev.rehearse.attempts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.interview.InterviewException;
import dev.rehearse.interview.InterviewMode;
import dev.rehearse.interview.InterviewService;
import dev.rehearse.interview.InterviewSetup;
import dev.rehearse.interview.InterviewState;
import dev.rehearse.review.AssessmentService;
import dev.rehearse.review.SelfRating;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.MutableClock;
import dev.rehearse.support.TestClockConfig;
import dev.rehearse.support.TestUsers;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AttemptServiceTest {

    @Autowired
    AttemptService attempts;
    @Autowired
    InterviewService interviews;
    @Autowired
    AssessmentService assessments;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;

    /** Answers the question on screen of interview {@code id} and sets every key point's tick as given. */
    private void answer(UUID id, String text, boolean... ticks) {
        InterviewState s = interviews.current(id);
        interviews.next(id, s.onScreen().itemId(), text, s.onScreen().revision());
        for (int i = 0; i < ticks.length; i++) {
            assessments.correctTick(id, 1, i, ticks[i]);
        }
    }

    @Test
    void everyAttemptNewestFirstWithItsRatingCoverageAndTheKeyPointsGainedAndLost() {
        clock.set(TestClockConfig.START);
        String person = users.register("attempts");
        users.as(person, () -> {
            UUID first = interviews.start(new InterviewSetup(1, 60, Set.of(), Set.of())).id();
            String question = interviews.current(first).onScreen().question().questionId();
            answer(first, "Depends runs it before the endpoint", false);
            assessments.rate(first, 1, SelfRating.HARD);

            clock.advance(Duration.ofDays(2));
            UUID second = interviews.practiseAgain(question).id();
            assertThat(interviews.current(second).format().mode()).isEqualTo(InterviewMode.PRACTICE);
            assertThat(interviews.current(second).onScreen().question().questionId()).isEqualTo(question);
            answer(second, "Depends runs it before the endpoint and caches it per request", true);

            QuestionAttempts q = attempts.of(question);

            assertThat(q.askable()).isTrue();
            assertThat(q.attempts()).extracting(Attempt::interviewId).containsExactly(second, first);
            Attempt latest = q.attempts().get(0);
            Attempt earlier = q.attempts().get(1);
            assertThat(latest.rating()).isNull();
            assertThat(earlier.rating()).isEqualTo(SelfRating.HARD);
            assertThat(latest.pointsMade()).isEqualTo(1);
            assertThat(earlier.pointsMade()).isZero();
            assertThat(latest.pointsTotal()).isEqualTo(latest.asked().content().keyPoints().size());
            assertThat(latest.answeredAt()).isAfter(earlier.answeredAt());

            AttemptComparison c = AttemptService.compare(earlier, latest);
            String point = latest.asked().content().keyPoints().getFirst().text();
            assertThat(c.gained()).containsExactly(point);
            assertThat(c.lost()).isEmpty();
            assertThat(AttemptService.compare(latest, earlier).lost()).containsExactly(point);
            assertThat(c.pieces()).contains(new AttemptComparison.Piece(AttemptComparison.Change.ADDED,
                    " and caches it per request"));
        });
    }

    @Test
    void anotherPersonsAnswersAreNotTheirsAndAnUnknownQuestionIsRefusedInWords() {
        String owner = users.register("owner");
        String question = users.as(owner, () -> {
            UUID id = interviews.start(new InterviewSetup(1, 60, Set.of(), Set.of())).id();
            String q = interviews.current(id).onScreen().question().questionId();
            answer(id, "mine");
            return q;
        });

        users.as(users.register("other"), () -> {
            assertThat(attempts.of(question).attempts()).isEmpty();
            assertThatThrownBy(() -> attempts.of("no-such-question")).isInstanceOf(AttemptException.class)
                    .hasMessage("There is no such question in the bank.");
            assertThatThrownBy(() -> attempts.of(null)).isInstanceOf(AttemptException.class);
            assertThatThrownBy(() -> interviews.practiseAgain("no-such-question"))
                    .isInstanceOf(InterviewException.class)
                    .hasMessage("That question is no longer in the bank, so it cannot be asked again.");
        });
    }
}
