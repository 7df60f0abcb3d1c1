package dev.rehearse.interview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import dev.rehearse.interview.InterviewMode;
import dev.rehearse.interview.InterviewService;
import dev.rehearse.interview.InterviewSetup;
import dev.rehearse.interview.InterviewState;
import dev.rehearse.interview.TimeLimitKind;
import dev.rehearse.security.AccountService;
import dev.rehearse.security.Registration;
import dev.rehearse.security.RegistrationException;
import dev.rehearse.security.UserSettings;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.MutableClock;
import dev.rehearse.support.TestClockConfig;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The running interview page without a browser: autosave state, shortcuts, timing aids. Focus happens in the
 * browser, so PracticeJourneyE2ETest checks where it lands on each new question.
 */
@IntegrationTest
@ViewPackages(classes = InterviewView.class)
@WithMockUser(username = "viewtester")
class InterviewViewTest extends SpringBrowserlessTest {

    @Autowired
    InterviewService interviews;
    @Autowired
    AccountService accounts;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void signedInUser() {
        clock.set(TestClockConfig.START);
        try {
            accounts.register(new Registration("viewtester", "long enough pw", "long enough pw"));
        } catch (RegistrationException alreadyThere) {
            // registered by an earlier test of this class
        }
        accounts.changeSettings(UserSettings.DEFAULTS);
    }

    private InterviewView open(int questions, int seconds, InterviewMode mode, TimeLimitKind kind) {
        UUID id = interviews.start(new InterviewSetup(questions, seconds, Set.of(), Set.of(), mode, kind)).id();
        return navigate("interview/" + id, InterviewView.class);
    }

    @Test
    void typedTextIsSavedAndTheStateLineSaysSo() {
        InterviewView view = open(2, 120, InterviewMode.MOCK, TimeLimitKind.PER_QUESTION);
        assertThat(view.progress.getText()).isEqualTo("Question 1 of 2");
        assertThat(view.countdown.getText()).isEqualTo("2:00");

        test(view.answer).setValue("Depends() builds a graph");

        assertThat(view.saveStatus.getText()).startsWith("Saved ");
        UUID id = UUID.fromString(UI.getCurrent().getActiveViewLocation().getSegments().get(1));
        assertThat(interviews.current(id).answer()).isEqualTo("Depends() builds a graph");
    }

    @Test
    void ctrlEnterGoesOnAndTheShortcutsAreListed() {
        InterviewView view = open(2, 120, InterviewMode.MOCK, TimeLimitKind.PER_QUESTION);
        assertThat(view.shortcuts.getText()).contains("Ctrl+Enter next question").contains("Alt+T");
        test(view.answer).setValue("first");

        fireShortcut(Key.ENTER, KeyModifier.CONTROL);

        assertThat(view.progress.getText()).isEqualTo("Question 2 of 2");
        assertThat(view.finish.isVisible()).isTrue();
        assertThat(view.next.isVisible()).isFalse();
        assertThat(view.shortcuts.getText()).contains("Ctrl+Enter finish");
    }

    @Test
    void aHiddenCountdownStillRunsAndShowsTheTimeOnDemand() {
        accounts.changeSettings(new UserSettings(100, true, false));
        InterviewView view = open(1, 120, InterviewMode.MOCK, TimeLimitKind.PER_QUESTION);
        assertThat(view.countdown.isVisible()).isFalse();
        assertThat(view.showTime.isVisible()).isTrue();

        clock.advance(Duration.ofSeconds(20));
        test(view.showTime).click();
        assertThat(view.countdown.isVisible()).isTrue();
        assertThat(view.countdown.getText()).isEqualTo("1:40");
        assertThat(view.announcer.getText()).isEqualTo("1 min 40 s left");

        clock.advance(Duration.ofSeconds(6));
        view.tick();
        assertThat(view.countdown.isVisible()).as("a discreet note, not a running clock").isFalse();
    }

    @Test
    void screenReadersHearFiveMinutesOneMinuteAndTenSecondsOnly() {
        InterviewView view = open(1, 360, InterviewMode.MOCK, TimeLimitKind.PER_QUESTION);
        view.tick();
        assertThat(view.announcer.getText()).isEmpty();

        clock.advance(Duration.ofSeconds(60));
        view.tick();
        assertThat(view.announcer.getText()).isEqualTo("5 minutes left");
        clock.advance(Duration.ofSeconds(30));
        view.tick();
        assertThat(view.announcer.getText()).as("nothing new between thresholds").isEqualTo("5 minutes left");
        clock.advance(Duration.ofSeconds(210));
        view.tick();
        assertThat(view.announcer.getText()).isEqualTo("1 minute left");
        clock.advance(Duration.ofSeconds(50));
        view.tick();
        assertThat(view.announcer.getText()).isEqualTo("10 seconds left");
        assertThat(view.announcer.getElement().getAttribute("aria-live")).isEqualTo("polite");
    }

    @Test
    void whenTheCountdownReachesZeroTheTextIsKeptAndTheNextQuestionAppears() {
        InterviewView view = open(2, 60, InterviewMode.MOCK, TimeLimitKind.PER_QUESTION);
        test(view.answer).setValue("typed in time");

        clock.advance(Duration.ofSeconds(60));
        view.tick();

        assertThat(view.progress.getText()).isEqualTo("Question 2 of 2");
        assertThat(view.answer.getValue()).isEmpty();
        assertThat(view.countdown.getText()).isEqualTo("1:00");
    }

    @Test
    void practiceModeShowsTheModelAnswerBeforeTheNextQuestion() {
        InterviewView view = open(2, 60, InterviewMode.PRACTICE, TimeLimitKind.PER_QUESTION);
        assertThat(view.next.getText()).isEqualTo("Check answer");
        test(view.answer).setValue("marker words");

        test(view.next).click();

        assertThat(view.feedback.isVisible()).isTrue();
        assertThat(view.progress.getText()).isEqualTo("Question 1 of 2: compare");
        test(view.continueButton).click();
        assertThat(view.feedback.isVisible()).isFalse();
        assertThat(view.progress.getText()).isEqualTo("Question 2 of 2");
    }

    @Test
    void aWholeInterviewListsItsQuestionsAndMovesFreely() {
        InterviewView view = open(3, 60, InterviewMode.MOCK, TimeLimitKind.WHOLE_INTERVIEW);
        assertThat(view.questionList.isVisible()).isTrue();
        assertThat(view.countdown.getText()).isEqualTo("3:00");
        test(view.answer).setValue("one");

        test(find(com.vaadin.flow.component.button.Button.class).withId("go-3").single()).click();

        assertThat(view.progress.getText()).isEqualTo("Question 3 of 3");
        assertThat(find(com.vaadin.flow.component.button.Button.class).withId("go-1").single()
                .getElement().getClassList()).contains("answered");
        assertThat(view.finish.isVisible()).isTrue();
    }

    @Test
    void anotherTabsNewerTextIsNotOverwrittenAndThePageSaysWhy() {
        InterviewView view = open(1, 120, InterviewMode.MOCK, TimeLimitKind.PER_QUESTION);
        UUID id = UUID.fromString(UI.getCurrent().getActiveViewLocation().getSegments().get(1));
        InterviewState otherTab = interviews.current(id);
        interviews.saveAnswer(id, otherTab.itemId(), "from the other tab", otherTab.revision());

        test(view.answer).setValue("from this tab");

        assertThat(view.saveStatus.getText()).contains("changed in another tab");
        assertThat(interviews.current(id).answer()).isEqualTo("from the other tab");
    }

    @Test
    void someoneElsesInterviewIsRefusedWithAMessage() {
        InterviewView view = navigate("interview/" + UUID.randomUUID(), InterviewView.class);
        assertThat(view.getElement().getTextRecursively()).contains("belongs to another account");
    }

    @Test
    void someoneElsesReviewIsRefusedWithAMessage() {
        InterviewReviewView view = navigate("interview/" + UUID.randomUUID() + "/review", InterviewReviewView.class);
        assertThat(view.getElement().getTextRecursively()).contains("belongs to another account");
    }
}
