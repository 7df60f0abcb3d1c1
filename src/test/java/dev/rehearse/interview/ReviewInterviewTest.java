package dev.rehearse.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.review.AssessmentService;
import dev.rehearse.review.SelfRating;
import dev.rehearse.scheduling.SchedulingService;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.MutableClock;
import dev.rehearse.support.TestClockConfig;
import dev.rehearse.support.TestUsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A review interview asks what is due first, then the weakest, then what was never asked, never twice. */
@IntegrationTest
class ReviewInterviewTest {

    @Autowired
    InterviewService interviews;
    @Autowired
    AssessmentService assessments;
    @Autowired
    SchedulingService scheduling;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;

    String user;

    @BeforeEach
    void newUser() {
        clock.set(TestClockConfig.START);
        user = users.register("reviewer");
    }

    /** Answers a whole interview of {@code count} questions and rates its answers in order; returns the ids asked. */
    private List<String> answerAndRate(int count, SelfRating... ratings) {
        return users.as(user, () -> {
            UUID id = interviews.start(new InterviewSetup(count, 60, Set.of(), Set.of())).id();
            List<String> asked = new ArrayList<>();
            InterviewState s = interviews.current(id);
            while (!s.finished()) {
                asked.add(s.onScreen().question().questionId());
                s = interviews.next(id, s.onScreen().itemId(), "an answer", s.onScreen().revision());
            }
            for (int i = 0; i < ratings.length; i++) {
                assessments.rate(id, i + 1, ratings[i]);
            }
            return asked;
        });
    }

    /** Answers the (practice) review interview through to the end; returns the ids asked, in order. */
    private List<String> questionsOf(UUID interview) {
        return users.as(user, () -> {
            List<String> asked = new ArrayList<>();
            InterviewState s = interviews.current(interview);
            while (!s.finished()) {
                if (s.onScreen() == null || s.onScreen().closed()) {
                    s = interviews.current(interview); // between questions: the next one comes up
                    continue;
                }
                asked.add(s.onScreen().question().questionId());
                s = interviews.next(interview, s.onScreen().itemId(), "again", s.onScreen().revision());
            }
            return asked;
        });
    }

    @Test
    void theDueQuestionComesFirstThenTheWeakestThenNeverAskedOnesWithoutRepeats() {
        List<String> asked = answerAndRate(3, SelfRating.AGAIN, SelfRating.EASY, SelfRating.GOOD);
        clock.advance(Duration.ofDays(1));
        assertThat(users.as(user, () -> scheduling.dueToday())).isEqualTo(1);

        UUID review = users.as(user, () -> interviews.startReview(5).id());
        assertThat(users.as(user, () -> interviews.current(review).format().mode()))
                .isEqualTo(InterviewMode.PRACTICE);

        List<String> order = questionsOf(review);
        assertThat(order).hasSize(5).doesNotHaveDuplicates();
        assertThat(order.getFirst()).as("due today").isEqualTo(asked.get(0));
        assertThat(order.subList(1, 3)).as("then the other rated ones, weakest first")
                .containsExactly(asked.get(2), asked.get(1));
        assertThat(order.subList(3, 5)).as("then questions never asked").doesNotContainAnyElementsOf(asked);
    }

    @Test
    void withNothingRatedAReviewIsQuestionsNeverAsked() {
        List<String> asked = answerAndRate(2);

        UUID review = users.as(user, () -> interviews.startReview(3).id());

        assertThat(questionsOf(review)).hasSize(3).doesNotHaveDuplicates().doesNotContainAnyElementsOf(asked);
    }
}
