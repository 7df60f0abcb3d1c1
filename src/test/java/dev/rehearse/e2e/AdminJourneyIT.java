package dev.rehearse.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.rehearse.e2e.pages.AdminBankPage;
import dev.rehearse.e2e.pages.AdminUsersPage;
import dev.rehearse.e2e.pages.LoginPage;
import dev.rehearse.support.BankFiles;
import dev.rehearse.support.TemporaryBank;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An administrator in a real Chromium: previews and applies a reload of the bank folder, sends a broken question
 * file and reads its problems, sends a good one and finds it in the bank, then disables an account, which can no
 * longer sign in. The bank is a copy of the test bank under target/, since the admin area writes into its folder.
 */
class AdminJourneyIT extends BrowserTestBase {

    static final Path BANK = TemporaryBank.create("admin-journey-bank");

    @DynamicPropertySource
    static void bankFolder(DynamicPropertyRegistry registry) {
        registry.add("app.questions.dir", BANK::toString);
    }

    /** The administrator's password as the test profile sets it. */
    @Value("${APP_ADMIN_PASSWORD}")
    String adminPassword;

    @Test
    void anAdministratorReloadsTheBankAddsAFileAndDisablesAnAccount() throws IOException {
        String user = newUsername("journey");
        try (BrowserContext context = browsers.desktop()) {
            Page page = context.newPage();
            registerAndSignIn(page, user);
            assertThat(page.locator("#main-nav")).not().containsText("Question bank");
        }
        try (BrowserContext context = browsers.desktop()) {
            Page page = context.newPage();
            new LoginPage(page, baseUrl()).open().signIn("admin", adminPassword);
            assertThat(page.locator("#main-nav")).containsText("Question bank");

            // A file edited into the folder: previewed, not yet applied, then applied
            AdminBankPage bank = new AdminBankPage(page, baseUrl()).open();
            BankFiles.write(BANK, "beta", "b-journey", "Added to the folder by hand.");
            bank.previewReload();
            assertThat(page.locator("#reload-summary")).hasText("1 added, 0 changed, 0 retired, 0 problems.");
            assertThat(page.locator("#reload-added")).containsText("b-journey in beta: new question");
            BrowserSupport.shoot(page, "50-admin-reload-preview");
            assertThat(bank.question("b-journey")).hasCount(0);
            bank.apply();
            assertThat(page.locator("vaadin-notification-card"))
                    .containsText("Applied: 1 added, 0 changed, 0 retired, 0 problems.");
            assertThat(bank.preview()).isHidden();
            assertThat(bank.question("b-journey").first()).containsText("Question b-journey");

            // A broken file is refused with its problems; nothing is written
            bank.upload("alpha", "a-broken.md", """
                    ---
                    id: a-broken
                    title: Broken on purpose
                    difficulty: impossible
                    ---

                    ## Question

                    Why?
                    """);
            assertThat(page.locator("#upload-refused")).containsText("Refused: nothing was written.");
            String path = BANK.resolve("alpha/a-broken.md").toString();
            assertThat(page.locator("#upload-problems"))
                    .containsText(path + ":4: unknown difficulty 'impossible' (use easy, medium or hard)");
            BrowserSupport.shoot(page, "51-admin-upload-refused");
            assertThat(Files.exists(BANK.resolve("alpha/a-broken.md"))).isFalse();

            // A good one is added and can be previewed as people see it
            bank.upload("alpha", "a-journey.md", """
                    ---
                    id: a-journey
                    title: Sent through the admin page
                    difficulty: medium
                    key_points:
                      - text: Names the dependency
                        match: [Depends]
                    ---

                    ## Question

                    How does a path operation get a database session?

                    ## Model answer

                    With `Depends(get_session)`.
                    """);
            assertThat(page.locator("#upload-accepted")).containsText("Added " + BANK.resolve("alpha/a-journey.md"));
            assertThat(Files.exists(BANK.resolve("alpha/a-journey.md"))).isTrue();
            bank.question("Sent through the admin page").first().click();
            assertThat(page.locator("#preview-prompt")).containsText("How does a path operation get a database");
            assertThat(page.locator("#preview-model-answer code")).hasText("Depends(get_session)");
            BrowserSupport.shoot(page, "52-admin-question-preview");
            page.locator("vaadin-button#close-preview").click();

            // The account is disabled and the audit log says who did what
            AdminUsersPage users = new AdminUsersPage(page, baseUrl()).open().manage(user);
            BrowserSupport.shoot(page, "53-admin-account-dialog");
            users.disable();
            assertThat(users.notification().filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText(user + " is disabled."))).isVisible();
            page.navigate(baseUrl() + "/admin/audit");
            var cells = page.locator("vaadin-grid#audit-grid vaadin-grid-cell-content >> visible=true");
            // newest first: the disabling, then the file added, then the file refused, then the reload
            assertThat(cells.nth(3)).containsText("Account disabled");
            assertThat(cells.nth(3)).containsText(user);
            assertThat(cells.nth(2)).containsText("admin from ");
            assertThat(cells.nth(5)).containsText("Question file added");
            assertThat(cells.nth(7)).containsText("Question file refused");
            assertThat(cells.nth(9)).containsText("Bank reload applied");
            BrowserSupport.shoot(page, "54-admin-audit");
        }
        try (BrowserContext context = browsers.desktop()) {
            Page page = context.newPage();
            LoginPage login = new LoginPage(page, baseUrl()).open();
            page.locator("vaadin-login-form input[name=username]").fill(user);
            page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Log in")).click();
            page.waitForURL(url -> url.contains("error"));
            BrowserSupport.shoot(page, "55-disabled-account-sign-in");
            page.navigate(baseUrl() + "/history");
            page.waitForURL(url -> url.contains("/login"));
            assertThat(login.page().locator("vaadin-login-form")).isVisible();
        }
    }
}
