package dev.rehearse.progress.ui;

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
import dev.rehearse.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The progress page: an empty state for a newcomer; readiness, charts with their tables, and practising the weakest. */
@IntegrationTest
@ViewPackages(packages = {"dev.rehearse.progress.ui", "dev.rehearse.interview.ui"})
class ProgressViewTest extends SpringBrowserlessTest {

    @Autowired
    InterviewService interviews;
    @Autowired
    AssessmentService assessments;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;

    private String textOf(String id) {
        return find(Component.class).withId(id).single().getElement().getTextRecursively();
    }

    @Test
    void aNewcomerIsToldWhatWillAppearAndHowToGetThere() {
        users.as(users.register("progress-new"), () -> {
            navigate(ProgressView.class);
            assertThat(find(Component.class).withClassName("empty-state").single().getElement()
                    .getTextRecursively()).contains("Your progress shows here").contains("After your first answers");
            assertThat(find(Button.class).withId("start-interview").single().getText())
                    .isEqualTo("Start an interview");
        });
    }

    @Test
    void afterAnAnswerTheTopicIsAmongTheWeakestAndOneClickPractisesIt() {
        clock.set(TestClockConfig.START);
        users.as(users.register("progress-one"), () -> {
            String question = RatedAnswers.answerOneAndRate(interviews, assessments, SelfRating.AGAIN);
            String topic = interviews.current(interviews.practiseAgain(question).id()).onScreen().question().topic()
                    .name();
            navigate(ProgressView.class);

            assertThat(textOf("progress-summary")).contains("Current streak1 day");
            assertThat(textOf("weakest")).contains(topic);
            assertThat(textOf("readiness")).contains("Readiness is the average").contains("answered 1 of");
            assertThat(find(Component.class).withId("activity-map").single().getElement().getProperty("innerHTML",
                    "")).contains("aria-label=\"1 answer on 1 of the last").contains("<title>");
            assertThat(textOf("activity-table")).contains("Week of");
            assertThat(textOf("trend-table")).contains("Average rating").contains("1.0");

            test(find(Button.class).withId("practise-weakest").single()).click();
            InterviewState started = interviews.current(interviews.openInterview().orElseThrow().id());
            assertThat(started.format().mode()).isEqualTo(InterviewMode.PRACTICE);
            assertThat(started.onScreen().question().topic().name()).isEqualTo(topic);
        });
    }
}
