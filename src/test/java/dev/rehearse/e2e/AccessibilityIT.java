package dev.rehearse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.rehearse.e2e.pages.AdminBankPage;
import dev.rehearse.e2e.pages.AdminUsersPage;
import dev.rehearse.e2e.pages.HomePage;
import dev.rehearse.e2e.pages.InterviewPage;
import dev.rehearse.e2e.pages.LoginPage;
import dev.rehearse.e2e.pages.SetupPage;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * Every page of the app, as a person reaches it, at desktop and phone width, in the light and the dark theme:
 * axe-core checks each one (any violation of any impact fails), and each is saved as a screenshot in
 * target/screenshots/a11y-PAGE-THEME-WIDTH.png for people to look at.
 */
class AccessibilityIT extends BrowserTestBase {

    private final List<String> violations = new ArrayList<>();
    /** The administrator's password as the test profile sets it. */
    @Value("${APP_ADMIN_PASSWORD}")
    String adminPassword;
    /** The review page of the interview the regular user finished. */
    private String reviewUrl;

    private Locator option(Page page, String group, String label) {
        return page.locator("vaadin-radio-group#" + group + " vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText(label));
    }

    @Test
    void everyPageHasNoAccessibilityViolationInEitherThemeAtEitherWidth() {
        String newcomer = newUsername("a11ynew");
        String regular = newUsername("a11yreg");
        try (BrowserContext context = browsers.desktop()) {
            Page page = context.newPage();
            registerAndSignIn(page, newcomer);
            signOut(page);
            registerAndSignIn(page, regular);
            finishAnInterview(page);
        }
        for (boolean phone : new boolean[] {false, true}) {
            for (boolean dark : new boolean[] {false, true}) {
                try (BrowserContext context = phone ? browsers.phone() : browsers.desktop()) {
                    Page page = context.newPage();
                    // The Content-Security-Policy must not stop anything a page needs
                    page.onConsoleMessage(m -> {
                        if (m.text().contains("Content Security Policy")) {
                            blocked.add(page.url() + ": " + m.text());
                        }
                    });
                    tour(page, newcomer, regular, dark);
                }
            }
        }
        assertThat(violations).as("accessibility violations, one per page and rule").isEmpty();
        assertThat(blocked).as("what the Content-Security-Policy blocked").isEmpty();
    }

    private final List<String> blocked = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** One interview, answered and finished, so that the review, the history and the home page have content. */
    private void finishAnInterview(Page page) {
        InterviewPage interview = new HomePage(page, baseUrl()).open().startInterview().questions(3)
                .timePerQuestion("5 min").start();
        for (int i = 1; i <= 3; i++) {
            interview.type("My answer " + i + ": use Depends, yield and <b>tags</b>.");
            if (i < 3) {
                interview.next();
                page.locator("#progress").filter(new Locator.FilterOptions()
                        .setHasText("Question " + (i + 1) + " of 3")).waitFor();
            }
        }
        interview.finish();
        page.waitForURL(url -> url.endsWith("/review"));
        reviewUrl = page.url();
    }

    private void tour(Page page, String newcomer, String regular, boolean dark) {
        String base = baseUrl();
        String theme = dark ? "dark" : "light";

        LoginPage login = new LoginPage(page, base).open();
        check(page, "login", theme, dark);
        page.navigate(base + "/login?error");
        page.locator("vaadin-login-form").waitFor();
        check(page, "login-error", theme, dark);
        login.goToRegister().fill("x", "short", "other").submit();
        page.locator("#register-error").waitFor();
        check(page, "register-error", theme, dark);

        new LoginPage(page, base).open().signIn(newcomer, PASSWORD);
        useTheme(page, dark);
        new HomePage(page, base).open();
        check(page, "home-empty", theme, false);
        page.navigate(base + "/history");
        page.locator(".empty-state").waitFor();
        check(page, "history-empty", theme, false);
        page.navigate(base + "/progress");
        page.locator(".empty-state").waitFor();
        check(page, "progress-empty", theme, false);
        signOut(page);

        new LoginPage(page, base).open().signIn(regular, PASSWORD);
        useTheme(page, dark);
        page.navigate(base + "/settings");
        page.locator("vaadin-button#save-settings").waitFor();
        check(page, "settings", theme, false);
        page.navigate(base + "/history");
        page.locator("vaadin-grid#history-grid vaadin-grid-cell-content").first().waitFor();
        check(page, "history", theme, false);
        page.navigate(reviewUrl);
        page.locator("#review-summary").waitFor();
        check(page, "review", theme, false);

        // A question's page, with a second attempt to compare with the first
        page.locator("#attempts-link-1").click();
        page.locator("#attempts-summary").waitFor();
        String questionPage = page.url();
        page.locator("vaadin-button#practise-again").click();
        new InterviewPage(page, base).type("Another go: Depends, yield and <i>tags</i>.");
        page.locator("vaadin-button#finish").click();
        page.locator("vaadin-button#continue").waitFor();
        page.navigate(questionPage);
        page.locator("#diff-text").waitFor();
        check(page, "question-attempts", theme, false);
        page.navigate(base + "/history?show=answers&q=answer");
        page.locator("vaadin-grid#answer-grid vaadin-grid-cell-content").first().waitFor();
        check(page, "history-answers", theme, false);
        page.navigate(base + "/history?show=answers&q=no-such-words&rating=again");
        page.locator("#no-match").waitFor();
        check(page, "history-no-match", theme, false);
        page.navigate(base + "/progress");
        page.locator("#activity-map").waitFor();
        page.locator("vaadin-details.chart-table").first().click();
        check(page, "progress", theme, false);

        SetupPage setup = new HomePage(page, base).open().startInterview();
        check(page, "setup", theme, false);
        InterviewPage interview = setup.questions(2).timePerQuestion("5 min").start();
        interview.type("A first answer");
        page.locator("#save-status").filter(new Locator.FilterOptions().setHasText("Saved")).waitFor();
        check(page, "interview", theme, false);
        String running = page.url();

        new HomePage(page, base).open();
        page.locator("#open-interview").waitFor();
        check(page, "home", theme, false);

        setup = new HomePage(page, base).open().startInterview().questions(3);
        option(page, "limit-kind", "Whole interview").click();
        setup.start();
        page.locator("#question-list vaadin-button").first().waitFor();
        check(page, "interview-whole", theme, false);

        setup = new HomePage(page, base).open().startInterview().questions(2);
        option(page, "mode", "Practice").click();
        setup.start().type("My practice answer");
        page.locator("vaadin-button#next").click();
        page.locator("vaadin-button#continue").waitFor();
        check(page, "practice-feedback", theme, false);

        setup = new HomePage(page, base).open().startInterview().questions(2);
        option(page, "mode", "Practice").click();
        option(page, "limit-kind", "Whole interview").click();
        setup.start().type("Checked early");
        page.locator("vaadin-button#check").click();
        page.locator("#feedback #model-answer-1").waitFor();
        check(page, "practice-whole-checked", theme, false);

        page.navigate(base + "/interview/" + UUID.randomUUID());
        page.locator(".empty-state").waitFor();
        check(page, "interview-refused", theme, false);
        page.navigate(base + "/no-such-page");
        page.waitForLoadState();
        page.locator("body").waitFor();
        check(page, "not-found", theme, false);

        page.navigate(running); // leave nothing half-typed behind
        signOut(page);

        adminTour(page, regular, theme, dark);
    }

    /**
     * The admin area as an administrator sees it. Nothing is written into the bank folder (the real one here): the
     * reload is only previewed, and the file sent is one the bank refuses.
     */
    private void adminTour(Page page, String regular, String theme, boolean dark) {
        String base = baseUrl();
        // The interview page left behind may still reach the server while it goes: leave it, then forget any
        // session it made, so that the sign-in form's token belongs to the session that submits it
        new LoginPage(page, base).open();
        signOut(page);
        new LoginPage(page, base).open().signIn("admin", adminPassword);
        useTheme(page, dark);
        AdminBankPage bank = new AdminBankPage(page, base).open();
        check(page, "admin-bank", theme, false);
        bank.previewReload();
        check(page, "admin-bank-reload", theme, false);
        bank.upload("databases", "broken-on-purpose.md", "no front matter here\n");
        page.locator("#upload-problems").waitFor();
        page.locator("#upload-result").scrollIntoViewIfNeeded();
        check(page, "admin-bank-upload-refused", theme, false);
        bank.question("Depends").first().click();
        page.locator("#preview-prompt").waitFor();
        check(page, "admin-question-preview", theme, false);
        page.locator("vaadin-button#close-preview").click();

        AdminUsersPage users = new AdminUsersPage(page, base).open();
        check(page, "admin-users", theme, false);
        users.manage(regular);
        check(page, "admin-account", theme, false);
        page.locator("vaadin-button#close-account").click();

        page.navigate(base + "/admin/audit");
        page.locator("vaadin-grid#audit-grid vaadin-grid-cell-content").first().waitFor();
        check(page, "admin-audit", theme, false);
        signOut(page);
    }

    /** The theme is the person's setting; on pages before signing in the dark theme is set on the page itself. */
    private void useTheme(Page page, boolean dark) {
        page.navigate(baseUrl() + "/settings");
        Locator box = page.locator("vaadin-checkbox#dark-theme input");
        box.waitFor();
        box.setChecked(dark);
        page.locator("vaadin-button#save-settings").click();
        page.waitForFunction(dark ? "() => document.querySelector('[theme~=dark]') !== null"
                : "() => document.querySelector('[theme~=dark]') === null");
    }

    /**
     * Leaves the page first, so that none of its requests is still under way without a cookie (which would start a
     * session of its own, whose cookie could replace that of the sign-in page and so not match its CSRF token).
     */
    private void signOut(Page page) {
        page.navigate("about:blank");
        page.context().clearCookies();
    }

    /** Runs axe-core on the page as it is and takes its screenshot. */
    private void check(Page page, String name, String theme, boolean forceDark) {
        if (forceDark) {
            page.evaluate("() => document.documentElement.setAttribute('theme', 'dark')");
        }
        BrowserSupport.shoot(page, "a11y-" + name + "-" + theme);
        AxeResults results = new AxeBuilder(page).analyze();
        int width = page.viewportSize().width;
        for (Rule rule : results.getViolations()) {
            StringBuilder where = new StringBuilder();
            for (CheckedNode node : rule.getNodes()) {
                where.append("\n      ").append(node.getTarget()).append(": ")
                        .append(firstLine(node.getFailureSummary()));
            }
            violations.add("%s (%s, %d px): %s [%s] %s%s".formatted(name, theme, width, rule.getId(),
                    rule.getImpact(), rule.getHelp(), where));
        }
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String[] lines = text.strip().split("\n");
        return lines.length > 1 ? lines[1].strip() : lines[0].strip();
    }
}
