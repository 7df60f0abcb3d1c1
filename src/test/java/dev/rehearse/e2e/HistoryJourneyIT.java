package dev.rehearse.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.rehearse.e2e.pages.InterviewPage;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Looking back, in a real Chromium: answers searched and filtered with the filters in the address and the back
 * button undoing one; an answer opens its question's page; a second attempt, practised from there, is compared with
 * the first word by word; the progress page practises the weakest topics in one click. Screenshots at both widths.
 */
class HistoryJourneyIT extends BrowserTestBase {

    @Test
    void searchTheHistoryOpenAQuestionAndCompareTwoAttempts() {
        String base = baseUrl();
        String user = newUsername("history");
        try (BrowserContext context = browsers.desktop()) {
            Page page = context.newPage();
            InterviewPage interview = registerAndSignIn(page, user).open().startInterview().questions(2)
                    .timePerQuestion("5 min").start();
            interview.type("First try: it runs before the response <b>always</b>");
            interview.next();
            page.locator("#progress").filter(new Locator.FilterOptions().setHasText("Question 2 of 2")).waitFor();
            interview.type("Something else entirely");
            interview.finish();
            page.waitForURL(url -> url.endsWith("/review"));

            // Answers, searched: the search goes into the address, and so does a filter
            page.navigate(base + "/history");
            page.locator("vaadin-radio-group#history-show vaadin-radio-button")
                    .filter(new Locator.FilterOptions().setHasText("Answers")).click();
            page.waitForURL(url -> url.contains("show=answers"));
            Locator search = page.locator("vaadin-text-field#answer-search input");
            search.fill("first try");
            search.press("Enter");
            page.waitForURL(url -> url.contains("q=first"));
            // The grid keeps a spare row hidden in the page: count only what is shown.
            Locator rows = page.locator("vaadin-grid#answer-grid vaadin-grid-cell-content >> visible=true");
            assertThat(rows.filter(new Locator.FilterOptions().setHasText("First try"))).hasCount(1);
            assertThat(rows.filter(new Locator.FilterOptions().setHasText("Something else"))).hasCount(0);
            assertThat(rows.filter(new Locator.FilterOptions().setHasText("<b>always</b>")).first()).isVisible();
            BrowserSupport.shoot(page, "25-history-answers");

            page.locator("vaadin-details#more-filters vaadin-details-summary").click();
            page.locator("vaadin-checkbox#filter-timed-out input").check();
            page.waitForURL(url -> url.contains("timed-out=yes"));
            assertThat(page.locator("#no-match")).isVisible();
            page.goBack();
            page.waitForURL(url -> !url.contains("timed-out"));
            assertThat(page.locator("vaadin-checkbox#filter-timed-out")).not().hasAttribute("checked", "");
            assertThat(rows.filter(new Locator.FilterOptions().setHasText("First try"))).hasCount(1);

            // The answer opens its question's page; practise it again and compare
            rows.filter(new Locator.FilterOptions().setHasText("First try")).first().click();
            page.waitForURL(Pattern.compile(".*/questions/[a-z0-9-]+$"));
            assertThat(page.locator("#attempts-summary")).containsText("1");
            String questionPage = page.url();
            page.locator("vaadin-button#practise-again").click();
            page.waitForURL(url -> url.contains("/interview/"));
            new InterviewPage(page, base).type("Second try: it runs after the response is sent");
            page.locator("vaadin-button#finish").click();
            page.locator("vaadin-button#continue").waitFor();

            page.navigate(questionPage);
            assertThat(page.locator("#attempts-summary")).containsText("2");
            Locator diff = page.locator("#diff-text");
            assertThat(diff.locator("ins").first()).isVisible();
            assertThat(diff.locator("del").filter(new Locator.FilterOptions().setHasText("before")).first())
                    .isVisible();
            assertThat(diff.locator("ins").filter(new Locator.FilterOptions().setHasText("after")).first())
                    .isVisible();
            assertThat(diff).containsText("<b>always</b>");
            BrowserSupport.shoot(page, "26-question-attempts");

            // Progress: the weakest topics, practised in one click
            page.navigate(base + "/progress");
            assertThat(page.locator("#progress-summary")).containsText("Current streak");
            assertThat(page.locator("#activity-map svg")).hasAttribute("aria-label",
                    Pattern.compile("3 answers on 1 of the last \\d+ days\\."));
            BrowserSupport.shoot(page, "27-progress");
            page.locator("#trends").scrollIntoViewIfNeeded();
            BrowserSupport.shoot(page, "28-progress-charts");
            page.locator("vaadin-button#practise-weakest").click();
            page.waitForURL(url -> url.contains("/interview/"));
            assertThat(page.locator("#progress")).containsText("Question 1 of");
        }
        try (BrowserContext phone = browsers.phone()) {
            Page page = phone.newPage();
            new dev.rehearse.e2e.pages.LoginPage(page, base).open().signIn(user, PASSWORD);
            page.navigate(base + "/history?show=answers");
            page.locator("vaadin-grid#answer-grid vaadin-grid-cell-content").first().waitFor();
            BrowserSupport.shoot(page, "25-history-answers");
            page.locator("vaadin-grid#answer-grid vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText("Second try")).first().click();
            page.locator("#diff-text").waitFor();
            BrowserSupport.shoot(page, "26-question-attempts");
            page.navigate(base + "/progress");
            page.locator("#activity-map").waitFor();
            BrowserSupport.shoot(page, "27-progress");
            page.locator("#activity").scrollIntoViewIfNeeded();
            BrowserSupport.shoot(page, "28-progress-charts");
        }
    }
}
