package dev.rehearse.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.rehearse.e2e.pages.HistoryPage;
import dev.rehearse.e2e.pages.HomePage;
import dev.rehearse.e2e.pages.InterviewPage;
import dev.rehearse.e2e.pages.LoginPage;
import dev.rehearse.e2e.pages.RegisterPage;
import dev.rehearse.e2e.pages.ReviewPage;
import dev.rehearse.e2e.pages.SetupPage;
import org.junit.jupiter.api.Test;

/**
 * A new user walks the whole loop in a real Chromium: register, sign in, a 2-question interview with a short time
 * limit, answer the first, let the second run out, compare with the model answers, find it in the history.
 * Screenshots of every page land in target/screenshots at desktop and phone width.
 */
class PracticeJourneyIT extends BrowserTestBase {

    private static LocatorAssertions.ContainsTextOptions within(int seconds) {
        return new LocatorAssertions.ContainsTextOptions().setTimeout(seconds * 1000.0);
    }

    @Test
    void aNewUserPractisesAndReviews() {
        String base = baseUrl();
        String user = newUsername("journey");
        try (BrowserContext context = browsers.desktop()) {
            Page page = context.newPage();

            // Register (a mismatch first: refused with a message), then sign in
            LoginPage login = new LoginPage(page, base).open();
            BrowserSupport.shoot(page, "01-login");
            RegisterPage register = login.goToRegister();
            register.fill(user, PASSWORD, PASSWORD + "x").submit();
            assertThat(register.error()).hasText("The two passwords are not the same.");
            BrowserSupport.shoot(page, "02-register");
            HomePage home = register.registerAndExpectLogin(user, PASSWORD).signIn(user, PASSWORD).open();
            assertThat(home.emptyState()).containsText("Your first mock interview");
            BrowserSupport.shoot(page, "03-home-empty");

            // Set up 2 questions of 30 seconds
            SetupPage setup = home.startInterview().questions(2).timePerQuestion("30 s");
            assertThat(setup.matchCount()).containsText("2 will be drawn at random");
            BrowserSupport.shoot(page, "04-setup");
            InterviewPage interview = setup.start();

            // Question 1: type, see it saved, reload: same question, same text, the clock kept running
            assertThat(interview.progress()).hasText("Question 1 of 2");
            assertThat(interview.focusedField()).isEqualTo("answer");
            String firstTitle = interview.title().textContent();
            interview.type("Use Depends <b>not bold</b> & a yield dependency");
            assertThat(interview.saveStatus()).containsText("Saved", within(10));
            int before = interview.secondsLeft();
            BrowserSupport.shoot(page, "05-interview");
            page.reload();
            assertThat(interview.title()).hasText(firstTitle);
            assertThat(page.locator("vaadin-text-area#answer textarea"))
                    .hasValue("Use Depends <b>not bold</b> & a yield dependency");
            assertThat(interview.secondsLeft()).isLessThanOrEqualTo(before).isGreaterThan(0);
            interview.type(" — done.");
            interview.next();

            // Question 2: type, then let the time run out; the interview finishes by itself
            assertThat(interview.progress()).hasText("Question 2 of 2");
            assertThat(page.locator("vaadin-button#finish")).isVisible();
            page.waitForFunction("() => document.activeElement?.closest('vaadin-text-area')?.id === 'answer'");
            interview.type("Out of time here");
            ReviewPage review = new ReviewPage(page, base);
            page.waitForURL(url -> url.endsWith("/review"), new Page.WaitForURLOptions().setTimeout(45_000));
            review.waitUntilShown();

            // Both answers beside the model answers; HTML in an answer is shown as text
            assertThat(review.answer(1)).hasText("Use Depends <b>not bold</b> & a yield dependency — done.");
            assertThat(review.answer(1).locator("b")).hasCount(0);
            assertThat(review.answer(2)).hasText("Out of time here");
            assertThat(review.modelAnswer(1)).not().isEmpty();
            assertThat(review.modelAnswer(2)).not().isEmpty();
            assertThat(review.timedOut(2)).hasText("Ran out of time");
            assertThat(review.timedOut(1)).hasCount(0);
            BrowserSupport.shoot(page, "06-review");

            // The interview is in the history; a row opens its review
            HistoryPage history = new HistoryPage(page, base).open();
            assertThat(history.grid()).isVisible();
            Locator finished = history.cells().filter(new Locator.FilterOptions().setHasText("Finished"));
            assertThat(finished).hasCount(1);
            BrowserSupport.shoot(page, "07-history");
            ReviewPage again = history.openRowContaining("Finished");
            assertThat(again.answer(2)).hasText("Out of time here");

            HomePage after = new HomePage(page, base).open();
            assertThat(after.latestResults()).containsText("1 timed out");
            BrowserSupport.shoot(page, "08-home");
        }

        // The same pages at phone width
        try (BrowserContext phone = browsers.phone()) {
            Page page = phone.newPage();
            new LoginPage(page, base).open();
            BrowserSupport.shoot(page, "01-login");
            new LoginPage(page, base).signIn(user, PASSWORD).open();
            BrowserSupport.shoot(page, "08-home");
            new HistoryPage(page, base).open();
            BrowserSupport.shoot(page, "07-history");
            new HistoryPage(page, base).openRowContaining("Finished");
            BrowserSupport.shoot(page, "06-review");
            SetupPage setup = new HomePage(page, base).open().startInterview();
            BrowserSupport.shoot(page, "04-setup");
            setup.questions(1).start();
            BrowserSupport.shoot(page, "05-interview");
        }
    }
}
