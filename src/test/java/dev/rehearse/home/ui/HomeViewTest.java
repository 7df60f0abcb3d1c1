package dev.rehearse.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard says how many reviews are due today and starts them in one click. */
@IntegrationTest
@ViewPackages(packages = {"dev.rehearse.home.ui", "dev.rehearse.interview.ui", "dev.rehearse.review.ui"})
@WithAccount("home-reviews")
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired
    InterviewService interviews;
    @Autowired
    AssessmentService assessments;
    @Autowired
    MutableClock clock;


    private String textOf(String id) {
        return find(Component.class).withId(id).single().getElement().getTextRecursively();
    }

    @Test
    void aQuestionRatedAgainIsDueTheNextDayAndOneClickStartsItsReview() {
        clock.set(TestClockConfig.START);
        String question = RatedAnswers.answerOneAndRate(interviews, assessments, SelfRating.AGAIN);

        navigate(HomeView.class);
        assertThat(textOf("reviews-due")).contains("No reviews due today");

        clock.advance(Duration.ofDays(1));
        navigate(HomeView.class);
        assertThat(textOf("reviews-due")).contains("1 review due today");
        test(find(Button.class).withId("start-reviews").single()).click();

        UUID review = interviews.openInterview().orElseThrow().id();
        InterviewState started = interviews.current(review);
        assertThat(started.format().mode()).isEqualTo(InterviewMode.PRACTICE);
        assertThat(started.onScreen().question().questionId()).isEqualTo(question);
    }
}
