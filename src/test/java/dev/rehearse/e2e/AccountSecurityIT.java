package dev.rehearse.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import dev.rehearse.e2e.pages.LoginPage;
import dev.rehearse.security.AccountAdministration;
import dev.rehearse.support.SharedSecurityContextConfig;
import dev.rehearse.support.TestUsers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Accounts in a real Chromium: "keep me signed in" carries a browser with no session; a new password needs the
 * current one and makes the remembered browser sign in again; wrong passwords make the right one wait, in words; a
 * one-time password leads to the page that asks for one's own.
 */
@Import({TestUsers.class, SharedSecurityContextConfig.class})
class AccountSecurityIT extends BrowserTestBase {

    @Autowired
    TestUsers users;
    @Autowired
    AccountAdministration administration;

    private static void submit(Page page, String username, String password) {
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }

    private static void assertNoAxeViolation(Page page) {
        var violations = new com.deque.html.axecore.playwright.AxeBuilder(page).analyze().getViolations();
        assertThat(violations).as("axe-core on " + page.url()).extracting(r -> r.getId() + ": " + r.getHelp())
                .isEmpty();
    }

    @Test
    void keepMeSignedInThenANewPasswordForgetsTheRememberedBrowser() {
        String user = newUsername("remember");
        List<Cookie> remembered;
        try (BrowserContext context = browsers.desktop()) {
            Page page = context.newPage();
            new LoginPage(page, baseUrl()).open().goToRegister().registerAndExpectLogin(user, PASSWORD);
            page.locator("vaadin-checkbox#remember-me").click();
            BrowserSupport.shoot(page, "40-login-remember-me");
            submit(page, user, PASSWORD);
            page.waitForURL(url -> !url.contains("/login"));
            remembered = context.cookies().stream().filter(c -> c.name.equals("remember-me")).toList();
            assertThat(remembered).hasSize(1);

            // a browser with only that cookie, as after closing it or a restart of the server
            try (BrowserContext later = browsers.desktop()) {
                later.addCookies(remembered);
                Page again = later.newPage();
                again.navigate(baseUrl() + "/settings");
                assertThat(again.locator("#password-change")).isVisible();
            }

            page.navigate(baseUrl() + "/settings");
            page.locator("vaadin-password-field#current-password input").fill("not my password");
            page.locator("vaadin-password-field#new-password input").fill("quiet harbour lamps");
            page.locator("vaadin-password-field#confirm-new-password input").fill("quiet harbour lamps");
            page.locator("vaadin-button#change-password").click();
            assertThat(page.locator("#password-change-error")).hasText("That is not your current password. Your "
                    + "password is unchanged.");
            BrowserSupport.shoot(page, "41-settings-password-refused");
            page.locator("vaadin-password-field#current-password input").fill(PASSWORD);
            page.locator("vaadin-button#change-password").click();
            assertThat(page.locator("vaadin-notification-card")).containsText("Password changed");
        }
        try (BrowserContext later = browsers.desktop()) {
            later.addCookies(remembered);
            Page again = later.newPage();
            again.navigate(baseUrl() + "/settings");
            again.waitForURL(url -> url.contains("/login"));
            assertThat(again.locator("vaadin-login-form")).isVisible();
        }
    }

    @Test
    void afterFiveWrongPasswordsTheSignInPageAsksToWaitWithoutSayingWhetherTheNameExists() {
        String user = users.register("guessed");
        String nobody = "nobody-" + user;
        for (String name : new String[] {user, nobody}) {
            try (BrowserContext context = browsers.desktop()) {
                Page page = context.newPage();
                LoginPage login = new LoginPage(page, baseUrl()).open();
                for (int i = 0; i < 5; i++) {
                    submit(page, name, "wrong password " + i);
                    page.waitForURL(url -> url.contains("error"));
                    login.open();
                }
                submit(page, name, name.equals(user) ? TestUsers.PASSWORD : "any password");
                page.waitForURL(url -> url.contains("error"));
                assertThat(page.locator("vaadin-login-form")).containsText("Too many failed sign-ins. Wait");
                if (name.equals(user)) {
                    BrowserSupport.shoot(page, "42-login-throttled");
                    assertNoAxeViolation(page);
                }
            }
        }
    }

    @Test
    void aOneTimePasswordLeadsToThePageThatAsksForOnesOwn() {
        String user = users.register("reset");
        long id = users.as("admin", () -> administration.accounts(user).getFirst().id());
        String oneTime = users.as("admin", () -> administration.resetPassword(id));
        try (BrowserContext context = browsers.desktop()) {
            Page page = context.newPage();
            new LoginPage(page, baseUrl()).open();
            submit(page, user, oneTime);
            assertThat(page.locator("#why-change")).containsText("one-time password");
            page.navigate(baseUrl() + "/history");
            assertThat(page.locator("#why-change")).isVisible(); // every page leads to it
            BrowserSupport.shoot(page, "43-change-one-time-password");
            assertNoAxeViolation(page);
            page.evaluate("() => document.documentElement.setAttribute('theme', 'dark')");
            BrowserSupport.shoot(page, "43-change-one-time-password-dark");
            assertNoAxeViolation(page);
            page.evaluate("() => document.documentElement.removeAttribute('theme')");
            page.locator("vaadin-password-field#current-password input").fill(oneTime);
            page.locator("vaadin-password-field#new-password input").fill("quiet harbour lamps");
            page.locator("vaadin-password-field#confirm-new-password input").fill("quiet harbour lamps");
            page.locator("vaadin-button#change-password").click();
            assertThat(page.locator("#why-change")).not().isAttached();
            page.navigate(baseUrl() + "/history");
            assertThat(page.locator("#why-change")).not().isAttached();
            assertThat(page.locator("h1")).containsText("History");
        }
    }

    @Test
    void aDisabledAccountsOpenPageGoesToTheSignInPageWhichSaysWhy() {
        String user = newUsername("disabled");
        try (BrowserContext context = browsers.desktop()) {
            Page page = context.newPage();
            registerAndSignIn(page, user);
            page.navigate(baseUrl() + "/settings");
            page.locator("#password-change").waitFor();

            long id = users.as("admin", () -> administration.accounts(user).getFirst().id());
            users.as("admin", () -> administration.setEnabled(id, false));

            page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("History")).click();
            page.waitForURL(url -> url.contains("/login"));
            assertThat(page.locator("#login-notice")).containsText("You were signed out");
            BrowserSupport.shoot(page, "44-login-after-session-ended");
            submit(page, user, PASSWORD);
            page.waitForURL(url -> url.contains("error"));
        }
    }
}
