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
import java.util.function.Function;
import java.util.stream.Collectors;
import dev.rehearse.questionbank.QuestionBankService;
import dev.rehearse.questionbank.QuestionText;
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
    @Autowired
    QuestionBankService bank;

    String user;

    @BeforeEach
    void newUser() {
        clock.set(TestClockConfig.START);
        user = users.register("reviewer");
    }

    /** Answers a whole interview of {@code count} questions and rates its answers in order; returns the ids asked. */
    private List<String> answerAndRate(int count, SelfRating... ratings) {
        return users.as(user, () -> {
            Answered answered = answer(count, q -> "an answer");
            for (int i = 0; i < ratings.length; i++) {
                assessments.rate(answered.interview(), i + 1, ratings[i]);
            }
            return answered.questions();
        });
    }

    record Answered(UUID interview, List<String> questions) {
    }

    /** Answers a whole interview of {@code count} questions with the given text for each question. */
    private Answered answer(int count, Function<QuestionText, String> text) {
        return users.as(user, () -> {
            UUID id = interviews.start(new InterviewSetup(count, 60, Set.of(), Set.of())).id();
            List<String> asked = new ArrayList<>();
            InterviewState s = interviews.current(id);
            while (!s.finished()) {
                asked.add(s.onScreen().question().questionId());
                s = interviews.next(id, s.onScreen().itemId(), text.apply(s.onScreen().question()),
                        s.onScreen().revision());
            }
            return new Answered(id, asked);
        });
    }

    /** Answers a practice interview of exactly {@code questionId}. */
    private Answered answerAgain(String questionId, Function<QuestionText, String> text) {
        return users.as(user, () -> {
            UUID id = interviews.practiseAgain(questionId).id();
            InterviewState s = interviews.current(id);
            interviews.next(id, s.onScreen().itemId(), text.apply(s.onScreen().question()), s.onScreen().revision());
            return new Answered(id, List.of(questionId));
        });
    }

    /** An answer that states every key point in its own words and names its cue. */
    private static String strong(QuestionText question) {
        return question.content().keyPoints().stream().map(k -> k.text() + " (" + k.match().getFirst() + ").")
                .collect(Collectors.joining(" "));
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
    void theDueQuestionComesFirstThenTheWeakThenNeverAskedOnesWithoutRepeats() {
        List<String> asked = answerAndRate(3, SelfRating.AGAIN, SelfRating.EASY, SelfRating.GOOD);
        clock.advance(Duration.ofDays(1));
        assertThat(users.as(user, () -> scheduling.dueToday())).isEqualTo(1);

        UUID review = users.as(user, () -> interviews.startReview(5).id());
        assertThat(users.as(user, () -> interviews.current(review).format().mode()))
                .isEqualTo(InterviewMode.PRACTICE);

        List<String> order = questionsOf(review);
        assertThat(order).hasSize(5).doesNotHaveDuplicates();
        assertThat(order.getFirst()).as("due today").isEqualTo(asked.get(0));
        assertThat(order.get(1)).as("then the weak one: rated Good once, unstable").isEqualTo(asked.get(2));
        assertThat(order.subList(2, 5)).as("then questions never asked, before the one rated Easy")
                .doesNotContainAnyElementsOf(asked);
    }

    @Test
    void anUnratedAnswerThatMissedMostPointsComesBackBeforeNeverAskedOnesAndAGoodOneDoesNot() {
        Answered poor = answer(1, q -> "no idea, sorry");
        // A normal draw may well ask the poorly answered question again (it is weak): ask another one, chosen.
        String other = users.as(user, () -> bank.activeQuestionsByTopic().values().stream().flatMap(List::stream)
                .filter(id -> !id.equals(poor.questions().getFirst())).findFirst().orElseThrow());
        Answered good = answerAgain(other, ReviewInterviewTest::strong);

        List<String> order = questionsOf(users.as(user, () -> interviews.startReview(3).id()));

        assertThat(order).hasSize(3).doesNotHaveDuplicates();
        assertThat(order.getFirst()).as("weak: no key point made").isEqualTo(poor.questions().getFirst());
        assertThat(order.subList(1, 3)).as("then never asked, not the well answered one")
                .doesNotContain(good.questions().getFirst(), poor.questions().getFirst());
    }

    @Test
    void correctingTheTicksOfAPoorAnswerMakesItNoLongerWeak() {
        List<QuestionText> asked = new ArrayList<>();
        Answered poor = answer(1, q -> {
            asked.add(q);
            return "no idea, sorry";
        });
        users.as(user, () -> {
            for (int i = 0; i < asked.getFirst().content().keyPoints().size(); i++) {
                assessments.correctTick(poor.interview(), 1, i, true);
            }
        });

        List<String> order = questionsOf(users.as(user, () -> interviews.startReview(2).id()));

        assertThat(order).as("every point made, by the person's own ticks: not weak, so not before new ones")
                .hasSize(2).doesNotContain(poor.questions().getFirst());
    }

    @Test
    void withNothingAnsweredAReviewIsQuestionsNeverAsked() {
        assertThat(questionsOf(users.as(user, () -> interviews.startReview(3).id())))
                .hasSize(3).doesNotHaveDuplicates();
    }
}
