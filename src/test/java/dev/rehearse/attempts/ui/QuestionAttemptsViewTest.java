package dev.rehearse.attempts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import dev.rehearse.interview.InterviewService;
import dev.rehearse.interview.InterviewSetup;
import dev.rehearse.interview.InterviewState;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.MutableClock;
import dev.rehearse.support.TestClockConfig;
import dev.rehearse.support.WithAccount;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A question's page lists the person's attempts, compares the latest with the one before, and asks it again. */
@IntegrationTest
@ViewPackages(packages = {"dev.rehearse.attempts.ui", "dev.rehearse.interview.ui", "dev.rehearse.review.ui"})
@WithAccount("attempts-page")
class QuestionAttemptsViewTest extends SpringBrowserlessTest {

    @Autowired
    InterviewService interviews;
    @Autowired
    MutableClock clock;

    private String textOf(String id) {
        return find(Component.class).withId(id).single().getElement().getTextRecursively();
    }

    private void answer(UUID id, String text) {
        InterviewState s = interviews.current(id);
        interviews.next(id, s.onScreen().itemId(), text, s.onScreen().revision());
    }

    @Test
    void twoAttemptsAreListedNewestFirstAndTheLatestIsComparedWithTheOneBefore() {
        clock.set(TestClockConfig.START);
        UUID first = interviews.start(new InterviewSetup(1, 60, Set.of(), Set.of())).id();
        String question = interviews.current(first).onScreen().question().questionId();
        String title = interviews.current(first).onScreen().question().title();
        answer(first, "It runs <b>before</b> the response");
        clock.advance(Duration.ofDays(1));
        answer(interviews.practiseAgain(question).id(), "It runs after the response");

        navigate("questions/" + question, QuestionAttemptsView.class);

        assertThat(textOf("question-title")).isEqualTo(title);
        assertThat(textOf("attempts-summary")).contains("Attempts2");
        assertThat(textOf("attempt-answer-2")).isEqualTo("It runs after the response");
        assertThat(textOf("attempt-answer-1")).isEqualTo("It runs <b>before</b> the response");
        var diff = find(Component.class).withId("diff-text").single().getElement();
        assertThat(diff.getChildren().filter(e -> e.getTag().equals("del")).map(e -> e.getText()))
                .containsExactly("<b>before</b>");
        assertThat(diff.getChildren().filter(e -> e.getTag().equals("ins")).map(e -> e.getText()))
                .containsExactly("after");

        test(find(Button.class).withId("practise-again").single()).click();
        UUID again = interviews.openInterview().orElseThrow().id();
        assertThat(interviews.current(again).onScreen().question().questionId()).isEqualTo(question);
    }

    @Test
    void anUnknownQuestionSaysSoInWords() {
        navigate("questions/no-such-question", QuestionAttemptsView.class);
        assertThat(find(Component.class).withClassName("empty-state").single().getElement().getTextRecursively())
                .contains("There is no such question in the bank.");
    }
}
