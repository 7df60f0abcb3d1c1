package dev.rehearse.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.rehearse.e2e.pages.InterviewPage;
import dev.rehearse.e2e.pages.LoginPage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Leaving, in a real Chromium: a wrong password deletes nothing and says so; the right one deletes the account, ends
 * the session on the sign-in page with a notice, and the old name and password no longer sign in. What was exported
 * as JSON before leaving imports into a new account, once.
 */
class AccountDeletionIT extends BrowserTestBase {

    @Test
    void aPersonDeletesTheirAccountFromTheSettingsPage() {
        String base = baseUrl();
        String user = newUsername("leaving");
        try (BrowserContext context = browsers.desktop()) {
            Page page = context.newPage();
            InterviewPage interview = registerAndSignIn(page, user).open().startInterview().questions(1).start();
            interview.type("Something to delete");
            page.locator("vaadin-button#finish").click();
            page.waitForURL(url -> url.endsWith("/review"));

            page.navigate(base + "/settings");
            Download download = page.waitForDownload(() -> page.locator("#export-json").click());
            assertThat(download.suggestedFilename()).isEqualTo("rehearse-export.json");
            Path export = Path.of("target", "e2e-downloads", user + "-" + download.suggestedFilename());
            download.saveAs(export);
            assertThat(page.locator("#your-data")).containsText("Import an export");
            BrowserSupport.shoot(page, "29-settings-your-data");

            page.locator("vaadin-password-field#delete-password input").fill("not my password");
            page.locator("vaadin-button#delete-account").click();
            assertThat(page.locator("vaadin-password-field#delete-password"))
                    .containsText("That is not your password. Nothing was deleted.");
            BrowserSupport.shoot(page, "24-settings-delete-refused");

            page.locator("vaadin-password-field#delete-password input").fill(PASSWORD);
            page.locator("vaadin-button#delete-account").click();
            page.waitForURL(url -> url.contains("/login"));
            assertThat(page.locator("#login-notice"))
                    .hasText("Your account and everything kept of it are deleted.");

            page.navigate(base + "/");
            page.waitForURL(url -> url.contains("/login"));
            new LoginPage(page, base).open();
            page.locator("vaadin-login-form input[name=username]").fill(user);
            page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Log in")).click();
            page.waitForURL(url -> url.contains("error"));
            assertThat(page.locator("vaadin-login-form")).containsText("Wrong username or password");

            // What was exported before leaving comes back into a new account
            String newcomer = newUsername("arriving");
            registerAndSignIn(page, newcomer);
            page.navigate(base + "/settings");
            page.locator("vaadin-upload#import-upload input[type=file]").setInputFiles(export);
            assertThat(page.locator("#import-result"))
                    .hasText("Imported 1 interview with its answers, ratings and reviews.");
            page.navigate(base + "/history?show=answers&q=Something%20to%20delete");
            assertThat(page.locator("vaadin-grid#answer-grid vaadin-grid-cell-content >> visible=true")
                    .filter(new Locator.FilterOptions().setHasText("Something to delete")).first()).isVisible();

            page.navigate(base + "/settings");
            page.locator("vaadin-upload#import-upload input[type=file]").setInputFiles(export);
            assertThat(page.locator("#import-result")).containsText("This account already has interviews.");
        }
    }
}
