package dev.rehearse.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.rehearse.e2e.pages.HomePage;
import dev.rehearse.e2e.pages.InterviewPage;
import dev.rehearse.e2e.pages.SetupPage;
import dev.rehearse.support.MutableClock;
import dev.rehearse.support.TestClockConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Learning from an answer, in a real Chromium: a practice answer beside its model answer, one tick corrected, the
 * answer rated Again with the key 1, the question scheduled for tomorrow; then, with the server's clock moved on a
 * day, the home page says a review is due and starts it, and the setup page offers the same review. Screenshots of
 * these pages at desktop and phone width.
 */
@Import(TestClockConfig.class)
class ReviewJourneyIT extends BrowserTestBase {

    @Autowired
    MutableClock clock;

    private static Locator option(Page page, String group, String label) {
        return page.locator("vaadin-radio-group#" + group + " vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText(label));
    }

    @Test
    void anAnswerCorrectedAndRatedAgainComesBackInTheNextDaysReview() {
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        String user = newUsername("learner");
        String title;
        try (BrowserContext context = browsers.desktop()) {
            Page page = context.newPage();
            SetupPage setup = registerAndSignIn(page, user).open().startInterview().questions(1);
            option(page, "mode", "Practice").click();
            InterviewPage interview = setup.start();
            title = interview.title().textContent();
            interview.type("Not sure. Something with <i>async</i>, maybe?");
            interview.finish();
            page.locator("vaadin-button#continue").waitFor();

            // The checker's ticks, one of them corrected: marked as the person's, and the count follows
            Locator heading = page.locator("#key-points-1 :is(h2,h3,h4)").first();
            Locator box = page.locator("vaadin-checkbox#point-1-1 input");
            boolean ticked = box.isChecked();
            int before = coveredCount(heading.textContent());
            box.setChecked(!ticked);
            assertThat(page.locator("#key-points-1 .yours-tag").first()).isVisible();
            assertThat(heading).containsText("you covered " + (before + (ticked ? -1 : 1)) + " of");

            // Key 1 rates the answer Again, from wherever the focus is but a text field; it is scheduled
            page.locator("vaadin-button#continue").focus();
            page.keyboard().press("1");
            assertThat(page.locator("vaadin-button#rate-1-again")).hasAttribute("aria-pressed", "true");
            assertThat(page.locator("#scheduled-1")).containsText("comes back for review tomorrow");
            BrowserSupport.shoot(page, "20-practice-rated");

            page.locator("vaadin-button#continue").click();
            page.waitForURL(url -> url.endsWith("/review"));
            assertThat(page.locator("vaadin-button#rate-1-again")).hasAttribute("aria-pressed", "true");
            assertThat(page.locator("#key-points-1 .yours-tag").first()).isVisible();
            assertThat(new HomePage(page, baseUrl()).open().page().locator("#reviews-due"))
                    .containsText("No reviews due today");

            // A day later the question is due: the home page starts its review in one click
            clock.advance(Duration.ofDays(1));
            HomePage home = new HomePage(page, baseUrl()).open();
            assertThat(page.locator("#reviews-due")).containsText("1 review due today");
            BrowserSupport.shoot(page, "21-home-review-due");

            SetupPage offered = home.startInterview();
            option(page, "mode", "Review").click();
            assertThat(offered.matchCount()).containsText("1 review is due today");
            assertThat(page.locator("vaadin-checkbox-group#topics")).hasAttribute("disabled", "");
            BrowserSupport.shoot(page, "22-setup-review");

            new HomePage(page, baseUrl()).open();
            page.locator("vaadin-button#start-reviews").click();
            InterviewPage review = new InterviewPage(page, baseUrl());
            assertThat(review.title()).hasText(title);
            assertThat(review.progress()).hasText("Question 1 of 1");
            BrowserSupport.shoot(page, "23-review-interview");
        }

        try (BrowserContext phone = browsers.phone()) {
            Page page = phone.newPage();
            new dev.rehearse.e2e.pages.LoginPage(page, baseUrl()).open().signIn(user, PASSWORD).open();
            BrowserSupport.shoot(page, "21-home-review-due");
            new HomePage(page, baseUrl()).open().startInterview();
            option(page, "mode", "Review").click();
            BrowserSupport.shoot(page, "22-setup-review");
        }
    }

    private static int coveredCount(String heading) {
        return Integer.parseInt(heading.replaceAll(".*you covered (\\d+) of.*", "$1").strip());
    }
}
