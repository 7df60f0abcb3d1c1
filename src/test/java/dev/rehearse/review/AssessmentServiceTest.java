package dev.rehearse.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.interview.InterviewException;
import dev.rehearse.interview.InterviewService;
import dev.rehearse.interview.InterviewSetup;
import dev.rehearse.interview.InterviewState;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.TestUsers;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Corrected ticks, ratings and notes: stored for the owner's closed answers only. */
@IntegrationTest
class AssessmentServiceTest {

    @Autowired
    AssessmentService assessments;
    @Autowired
    InterviewService interviews;
    @Autowired
    TestUsers users;

    String user;
    UUID interview;

    @BeforeEach
    void oneAnsweredQuestionOfTwo() {
        user = users.register("assess");
        interview = users.as(user, () -> {
            UUID id = interviews.start(new InterviewSetup(2, 60, Set.of(), Set.of())).id();
            InterviewState s = interviews.current(id);
            interviews.next(id, s.onScreen().itemId(), "my answer", s.onScreen().revision());
            return id;
        });
    }

    @Test
    void aCorrectedTickARatingAndANoteAreKeptAndReadBack() {
        users.as(user, () -> {
            assessments.correctTick(interview, 1, 0, true);
            assessments.rate(interview, 1, SelfRating.HARD);
            assessments.saveNote(interview, 1, "  forgot the thread pool  ");
        });

        AnswerAssessment first = users.as(user, () -> assessments.of(interview)).get(1);
        assertThat(first.corrections()).isEqualTo(Map.of(0, true));
        assertThat(first.covered(0, false)).isTrue();
        assertThat(first.rating()).isEqualTo(SelfRating.HARD);
        assertThat(first.note()).isEqualTo("forgot the thread pool");
    }

    @Test
    void aRatingAndATickCanBeChangedAndTakenBack() {
        users.as(user, () -> {
            assessments.rate(interview, 1, SelfRating.AGAIN);
            assessments.rate(interview, 1, SelfRating.EASY);
            assessments.correctTick(interview, 1, 0, true);
            assessments.correctTick(interview, 1, 0, false);
        });
        assertThat(users.as(user, () -> assessments.of(interview)).get(1))
                .isEqualTo(new AnswerAssessment(Map.of(0, false), SelfRating.EASY, ""));

        users.as(user, () -> assessments.rate(interview, 1, null));
        assertThat(users.as(user, () -> assessments.of(interview)).get(1).rating()).isNull();
    }

    @Test
    void aNoteLongerThanAllowedIsRefusedInWordsAndNothingIsKept() {
        assertThatThrownBy(() -> users.as(user, () -> assessments.saveNote(interview, 1, "x".repeat(2001))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A note holds at most 2000 characters; this one has 2001.");
        assertThat(users.as(user, () -> assessments.of(interview))).isEmpty();
    }

    @Test
    void anAnswerStillOpenAKeyPointThatDoesNotExistAndSomeoneElsesInterviewAreRefused() {
        assertThatThrownBy(() -> users.as(user, () -> assessments.rate(interview, 2, SelfRating.GOOD)))
                .isInstanceOf(InterviewException.class);
        assertThatThrownBy(() -> users.as(user, () -> assessments.correctTick(interview, 1, 99, true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("That question has no key point 100.");

        String other = users.register("intruder");
        users.as(other, () -> {
            assertThatThrownBy(() -> assessments.rate(interview, 1, SelfRating.GOOD))
                    .isInstanceOf(InterviewException.class)
                    .hasMessageContaining("belongs to another account");
            assertThatThrownBy(() -> assessments.correctTick(interview, 1, 0, true))
                    .isInstanceOf(InterviewException.class);
            assertThatThrownBy(() -> assessments.saveNote(interview, 1, "mine now"))
                    .isInstanceOf(InterviewException.class);
            assertThat(assessments.of(interview)).isEmpty();
        });
        users.as(user, () -> assessments.rate(interview, 1, SelfRating.GOOD));
        users.as(other, () -> assertThat(assessments.of(interview)).isEmpty());
    }
}
