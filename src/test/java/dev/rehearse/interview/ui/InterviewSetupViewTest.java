package dev.rehearse.interview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import dev.rehearse.interview.InterviewMode;
import dev.rehearse.interview.InterviewService;
import dev.rehearse.interview.InterviewState;
import dev.rehearse.review.AssessmentService;
import dev.rehearse.review.SelfRating;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.MutableClock;
import dev.rehearse.support.RatedAnswers;
import dev.rehearse.support.TestClockConfig;
import dev.rehearse.support.WithAccount;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The setup page offers a review beside mock and practice interviews, and says what it will ask. */
@IntegrationTest
@ViewPackages(packages = {"dev.rehearse.interview.ui", "dev.rehearse.review.ui"})
@WithAccount("setup-review")
class InterviewSetupViewTest extends SpringBrowserlessTest {

    @Autowired
    InterviewService interviews;
    @Autowired
    AssessmentService assessments;
    @Autowired
    MutableClock clock;

    @Test
    void aReviewStartsWithTheQuestionDueTodayAndTheChoicesItIgnoresAreOff() {
        clock.set(TestClockConfig.START);
        String due = RatedAnswers.answerOneAndRate(interviews, assessments, SelfRating.AGAIN);
        clock.advance(Duration.ofDays(1));

        InterviewSetupView view = navigate(InterviewSetupView.class);
        test(view.mode).selectItem(InterviewSetupView.Kind.REVIEW.label);
        test(view.questionCount).setValue(3);

        assertThat(view.matchCount.getText()).isEqualTo("1 review is due today; 3 questions will be drawn.");
        assertThat(view.rules.getText()).startsWith("A review asks first the questions due for review today");
        assertThat(view.topics.isEnabled()).isFalse();
        assertThat(view.difficulties.isEnabled()).isFalse();
        assertThat(view.timePerQuestion.isEnabled()).isFalse();
        assertThat(view.start.getText()).isEqualTo("Start review");

        test(view.start).click();

        InterviewState review = interviews.current(interviews.openInterview().orElseThrow().id());
        assertThat(review.format().mode()).isEqualTo(InterviewMode.PRACTICE);
        assertThat(review.progress().total()).isEqualTo(3);
        assertThat(review.onScreen().question().questionId()).isEqualTo(due);
    }

    @Test
    void aMockInterviewIsStillTheFirstChoice() {
        InterviewSetupView view = navigate(InterviewSetupView.class);

        assertThat(view.mode.getValue()).isEqualTo(InterviewSetupView.Kind.MOCK);
        assertThat(view.topics.isEnabled()).isTrue();
        assertThat(view.start.getText()).isEqualTo("Start interview");
    }
}
