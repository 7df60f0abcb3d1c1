package dev.rehearse.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.rehearse.e2e.pages.HomePage;
import dev.rehearse.e2e.pages.InterviewPage;
import dev.rehearse.e2e.pages.LoginPage;
import dev.rehearse.e2e.pages.SetupPage;
import org.junit.jupiter.api.Test;

/**
 * Practice mode with one clock for the whole interview, and the person's settings, in a real Chromium: the question
 * list moves freely, Check answer shows the model answer, the dark theme is remembered. Screenshots at both widths.
 */
class TimingModesIT extends BrowserTestBase {

    private Locator option(Page page, String group, String label) {
        return page.locator("vaadin-radio-group#" + group + " vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText(label));
    }

    @Test
    void practiceWithAWholeInterviewClockAndRememberedSettings() {
        String base = baseUrl();
        String user = newUsername("modes");
        try (BrowserContext context = browsers.desktop()) {
            Page page = context.newPage();
            registerAndSignIn(page, user);

            // Settings: dark theme, remembered across a reload
            page.navigate(base + "/settings");
            page.locator("vaadin-checkbox#dark-theme input").check();
            page.locator("vaadin-button#save-settings").click();
            page.reload();
            page.locator("vaadin-checkbox#dark-theme").waitFor();
            assertThat(page.locator("vaadin-checkbox#dark-theme")).hasAttribute("checked", "");
            page.waitForFunction("() => document.querySelector('[theme~=dark]') !== null");
            BrowserSupport.shoot(page, "09-settings-dark");
            page.locator("vaadin-checkbox#dark-theme input").uncheck();
            page.locator("vaadin-button#save-settings").click();
            page.waitForFunction("() => document.querySelector('[theme~=dark]') === null");

            // Practice, whole interview, 3 questions of 1 minute: the rules say what happens at the end
            SetupPage setup = new HomePage(page, base).open().startInterview().questions(3).timePerQuestion("1 min");
            option(page, "mode", "Practice").click();
            option(page, "limit-kind", "Whole interview").click();
            assertThat(page.locator("#time-rules")).containsText("One clock for the whole interview (3 min)");
            assertThat(page.locator("#time-rules")).containsText("every answer is kept as typed");
            BrowserSupport.shoot(page, "10-setup-modes");
            InterviewPage interview = setup.start();

            assertThat(interview.progress()).hasText("Question 1 of 3");
            assertThat(page.locator("#question-list vaadin-button")).hasCount(3);
            interview.type("An answer to the first question");
            page.locator("vaadin-button#go-3").click();
            assertThat(interview.progress()).hasText("Question 3 of 3");
            assertThat(page.locator("vaadin-button#go-1")).hasClass(java.util.regex.Pattern.compile("answered"));
            page.locator("vaadin-button#go-1").click();
            assertThat(page.locator("vaadin-text-area#answer textarea")).hasValue("An answer to the first question");
            BrowserSupport.shoot(page, "11-whole-interview");

            page.locator("vaadin-button#check").click();
            assertThat(page.locator("#feedback #model-answer-1")).not().isEmpty();
            assertThat(page.locator("#feedback #answer-1")).hasText("An answer to the first question");
            BrowserSupport.shoot(page, "12-practice-feedback");

            page.locator("vaadin-button#finish").click();
            page.waitForURL(url -> url.endsWith("/review"));
            assertThat(page.locator("#answer-1")).hasText("An answer to the first question");
        }
        try (BrowserContext phone = browsers.phone()) {
            Page page = phone.newPage();
            new LoginPage(page, base).open().signIn(user, PASSWORD);
            page.navigate(base + "/settings");
            page.locator("vaadin-checkbox#dark-theme").waitFor();
            BrowserSupport.shoot(page, "09-settings");
            SetupPage setup = new HomePage(page, base).open().startInterview().questions(2);
            option(page, "mode", "Practice").click();
            setup.start();
            page.locator("vaadin-text-area#answer textarea").fill("Short answer");
            page.locator("vaadin-button#next").click();
            page.locator("#feedback").waitFor();
            BrowserSupport.shoot(page, "12-practice-feedback");
        }
    }

    @Test
    void textTypedJustBeforeLeavingThePageIsNotLost() {
        String base = baseUrl();
        String user = newUsername("leave");
        try (BrowserContext context = browsers.desktop()) {
            Page page = context.newPage();
            InterviewPage interview = registerAndSignIn(page, user).open().startInterview().questions(1)
                    .timePerQuestion("5 min").start();
            String title = interview.title().textContent();

            // typed, then the page is left at once: no time for the 1.5 s autosave
            page.locator("vaadin-text-area#answer textarea").fill("Typed a moment before leaving");
            page.navigate(base + "/history");
            page.locator("h1").waitFor();

            page.navigate(base + "/");
            page.locator("vaadin-button#continue-interview").click();
            assertThat(interview.title()).hasText(title);
            assertThat(page.locator("vaadin-text-area#answer textarea")).hasValue("Typed a moment before leaving");
        }
    }

    @Test
    void whenTheServerDoesNotAnswerThePageSaysNotSavedAndSavesWhenItAnswersAgain() {
        String base = baseUrl();
        String user = newUsername("stalled");
        try (BrowserContext context = browsers.desktop()) {
            Page page = context.newPage();
            InterviewPage interview = registerAndSignIn(page, user).open().startInterview().questions(1)
                    .timePerQuestion("5 min").start();
            assertThat(interview.progress()).hasText("Question 1 of 1");

            // every round trip to the server hangs: no error, no reconnect, simply no answer
            java.util.List<com.microsoft.playwright.Route> held = new java.util.concurrent.CopyOnWriteArrayList<>();
            page.route(url -> url.contains("v-r=uidl"), held::add);
            interview.type("Written while the server was silent");
            assertThat(interview.saveStatus()).containsText("Not saved: retrying",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(15_000));

            page.unrouteAll();
            held.forEach(com.microsoft.playwright.Route::resume);
            assertThat(interview.saveStatus()).containsText("Saved",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
            page.reload();
            assertThat(page.locator("vaadin-text-area#answer textarea"))
                    .hasValue("Written while the server was silent");
        }
    }

    @Test
    void whileTheConnectionIsDownThePageSaysNotSavedAndSavesWhenItIsBack() {
        String base = baseUrl();
        String user = newUsername("offline");
        try (BrowserContext context = browsers.desktop()) {
            Page page = context.newPage();
            InterviewPage interview = registerAndSignIn(page, user).open().startInterview().questions(1)
                    .timePerQuestion("5 min").start();

            context.setOffline(true);
            int atDisconnect = interview.secondsLeft();
            interview.type("Written while the network was gone");
            assertThat(interview.saveStatus()).containsText("Not saved: retrying",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
            BrowserSupport.shoot(page, "13-not-saved-retrying");
            // the countdown keeps running from the stored deadline while the server cannot be reached
            page.waitForTimeout(2500);
            org.assertj.core.api.Assertions.assertThat(interview.secondsLeft()).isLessThan(atDisconnect - 1);

            context.setOffline(false);
            assertThat(interview.saveStatus()).containsText("Saved",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
            page.reload();
            assertThat(page.locator("vaadin-text-area#answer textarea"))
                    .hasValue("Written while the network was gone");
        }
    }
}
