package dev.rehearse.interview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import dev.rehearse.interview.ClosedAnswer;
import dev.rehearse.interview.InterviewMode;
import dev.rehearse.interview.InterviewService;
import dev.rehearse.interview.InterviewSetup;
import dev.rehearse.interview.InterviewState;
import dev.rehearse.interview.TimeLimitKind;
import dev.rehearse.review.ReviewService;
import dev.rehearse.security.AccountService;
import dev.rehearse.security.UserSettings;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.MutableClock;
import dev.rehearse.support.TestClockConfig;
import dev.rehearse.support.TestUsers;
import dev.rehearse.support.WithAccount;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The running interview page without a browser: autosave state, shortcuts, timing aids. Focus happens in the
 * browser, so PracticeJourneyIT checks where it lands on each new question.
 */
@IntegrationTest
@ViewPackages(packages = {"dev.rehearse.interview.ui", "dev.rehearse.review.ui"})
@WithAccount("viewtester")
class InterviewViewTest extends SpringBrowserlessTest {

    @Autowired
    InterviewService interviews;
    @Autowired
    AccountService accounts;
    @Autowired
    ReviewService reviews;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void defaults() {
        clock.set(TestClockConfig.START);
        accounts.changeSettings(UserSettings.DEFAULTS);
    }

    private InterviewView open(int questions, int seconds, InterviewMode mode, TimeLimitKind kind) {
        UUID id = interviews.start(new InterviewSetup(questions, seconds, Set.of(), Set.of(), mode, kind)).id();
        return navigate("interview/" + id, InterviewView.class);
    }

    private <T extends Component> T byId(Class<T> type, String id) {
        return find(type).withId(id).single();
    }

    private String text(String id) {
        return ((HasText) byId(Component.class, id)).getText();
    }

    /** Whether a component with this id is on the page and shown. */
    private boolean visible(String id) {
        return find(Component.class).withId(id).exists();
    }

    private TextArea answer() {
        return byId(TextArea.class, "answer");
    }

    private Button button(String id) {
        return byId(Button.class, id);
    }

    private UUID currentInterviewId() {
        return UUID.fromString(UI.getCurrent().getActiveViewLocation().getSegments().get(1));
    }

    @Test
    void typedTextIsSavedAndTheStateLineSaysSo() {
        open(2, 120, InterviewMode.MOCK, TimeLimitKind.PER_QUESTION);
        assertThat(text("progress")).isEqualTo("Question 1 of 2");
        assertThat(text("countdown")).isEqualTo("2:00");

        test(answer()).setValue("Depends() builds a graph");

        assertThat(text("save-status")).startsWith("Saved ");
        assertThat(interviews.current(currentInterviewId()).onScreen().answer()).isEqualTo("Depends() builds a graph");
    }

    @Test
    void ctrlEnterGoesOnAndTheShortcutsAreListed() {
        open(2, 120, InterviewMode.MOCK, TimeLimitKind.PER_QUESTION);
        assertThat(text("shortcuts")).contains("Ctrl+Enter next question").contains("Alt+T");
        test(answer()).setValue("first");

        fireShortcut(Key.ENTER, KeyModifier.CONTROL);

        assertThat(text("progress")).isEqualTo("Question 2 of 2");
        assertThat(button("finish").isVisible()).isTrue();
        assertThat(visible("next")).isFalse();
        assertThat(text("shortcuts")).contains("Ctrl+Enter finish");
    }

    @Test
    void aHiddenCountdownStillRunsAndShowsTheTimeOnDemand() {
        accounts.changeSettings(new UserSettings(100, true, false));
        InterviewView view = open(1, 120, InterviewMode.MOCK, TimeLimitKind.PER_QUESTION);
        assertThat(visible("countdown")).isFalse();
        assertThat(button("show-time").isVisible()).isTrue();

        clock.advance(Duration.ofSeconds(20));
        test(button("show-time")).click();
        assertThat(visible("countdown")).isTrue();
        assertThat(text("countdown")).isEqualTo("1:40");
        assertThat(text("time-announcer")).isEqualTo("1 min 40 s left");

        clock.advance(Duration.ofSeconds(6));
        view.tick();
        assertThat(visible("countdown")).as("a discreet note, not a running clock").isFalse();
    }

    @Test
    void screenReadersHearFiveMinutesOneMinuteAndTenSecondsOnly() {
        InterviewView view = open(1, 360, InterviewMode.MOCK, TimeLimitKind.PER_QUESTION);
        view.tick();
        assertThat(text("time-announcer")).isEmpty();

        clock.advance(Duration.ofSeconds(60));
        view.tick();
        assertThat(text("time-announcer")).isEqualTo("5 minutes left");
        clock.advance(Duration.ofSeconds(30));
        view.tick();
        assertThat(text("time-announcer")).as("nothing new between thresholds").isEqualTo("5 minutes left");
        clock.advance(Duration.ofSeconds(210));
        view.tick();
        assertThat(text("time-announcer")).isEqualTo("1 minute left");
        clock.advance(Duration.ofSeconds(50));
        view.tick();
        assertThat(text("time-announcer")).isEqualTo("10 seconds left");
        assertThat(byId(Component.class, "time-announcer").getElement().getAttribute("aria-live"))
                .isEqualTo("polite");
    }

    @Test
    void whenTheCountdownReachesZeroTheTextIsKeptAndTheNextQuestionAppears() {
        InterviewView view = open(2, 60, InterviewMode.MOCK, TimeLimitKind.PER_QUESTION);
        test(answer()).setValue("typed in time");

        clock.advance(Duration.ofSeconds(60));
        view.tick();

        assertThat(text("progress")).isEqualTo("Question 2 of 2");
        assertThat(answer().getValue()).isEmpty();
        assertThat(text("countdown")).isEqualTo("1:00");
    }

    @Test
    void practiceModeShowsTheModelAnswerBeforeTheNextQuestion() {
        open(2, 60, InterviewMode.PRACTICE, TimeLimitKind.PER_QUESTION);
        assertThat(button("next").getText()).isEqualTo("Check answer");
        test(answer()).setValue("marker words");

        test(button("next")).click();

        assertThat(visible("feedback")).isTrue();
        assertThat(text("progress")).isEqualTo("Question 1 of 2: compare");
        assertThat(text("answer-1")).isEqualTo("marker words");
        test(button("continue")).click();
        assertThat(visible("feedback")).isFalse();
        assertThat(text("progress")).isEqualTo("Question 2 of 2");
    }

    @Test
    void afterThePracticeFeedbackTheNextQuestionStartsWithAnEmptyBoxAndItsOwnSaves() {
        open(2, 60, InterviewMode.PRACTICE, TimeLimitKind.PER_QUESTION);
        UUID id = currentInterviewId();
        test(answer()).setValue("my first answer");
        test(button("next")).click();
        test(button("continue")).click();

        assertThat(answer().getValue()).as("the second question does not inherit the first one's text").isEmpty();
        test(answer()).setValue("my second answer");
        test(button("finish")).click();

        assertThat(text("answer-2")).isEqualTo("my second answer");
        assertThat(reviews.review(id).answers()).extracting(ClosedAnswer::answer)
                .containsExactly("my first answer", "my second answer");
    }

    @Test
    void aWholeInterviewListsItsQuestionsAndMovesFreely() {
        open(3, 60, InterviewMode.MOCK, TimeLimitKind.WHOLE_INTERVIEW);
        assertThat(visible("question-list")).isTrue();
        assertThat(text("countdown")).isEqualTo("3:00");
        test(answer()).setValue("one");

        test(button("go-3")).click();

        assertThat(text("progress")).isEqualTo("Question 3 of 3");
        assertThat(button("go-1").getElement().getClassList()).contains("answered");
        assertThat(button("finish").isVisible()).isTrue();
    }

    @Test
    void anotherTabsNewerTextIsNotOverwrittenAndThePageSaysWhy() {
        open(1, 120, InterviewMode.MOCK, TimeLimitKind.PER_QUESTION);
        UUID id = currentInterviewId();
        InterviewState otherTab = interviews.current(id);
        interviews.saveAnswer(id, otherTab.onScreen().itemId(), "from the other tab", otherTab.onScreen().revision());

        test(answer()).setValue("from this tab");

        assertThat(text("save-status")).contains("changed in another tab");
        assertThat(interviews.current(id).onScreen().answer()).isEqualTo("from the other tab");
    }

    @Test
    void someoneElsesInterviewIsRefusedWithAMessageAndStaysAsItWas() {
        String other = users.register("other");
        UUID theirs = users.as(other, () -> interviews.start(new InterviewSetup(1, 120, Set.of(), Set.of())).id());
        InterviewState before = users.as(other, () -> interviews.current(theirs));

        InterviewView view = navigate("interview/" + theirs, InterviewView.class);

        assertThat(view.getElement().getTextRecursively()).contains("belongs to another account")
                .doesNotContain(before.onScreen().question().title());
        assertThat(find(TextArea.class).all()).isEmpty();
        InterviewState after = users.as(other, () -> interviews.current(theirs));
        assertThat(after.onScreen().countdown().deadline()).isEqualTo(before.onScreen().countdown().deadline());
    }

    @Test
    void theAddressOfAFinishedInterviewLeadsToItsReview() {
        UUID id = interviews.start(new InterviewSetup(1, 120, Set.of(), Set.of())).id();
        InterviewState s = interviews.current(id);
        interviews.next(id, s.onScreen().itemId(), "all done", s.onScreen().revision());

        navigate("interview/" + id, Component.class);

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("interview/" + id + "/review");
        assertThat(text("answer-1")).isEqualTo("all done");
    }
}
