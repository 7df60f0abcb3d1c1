package dev.rehearse.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

public record RegisterPage(Page page, String baseUrl) {

    public RegisterPage fill(String username, String password, String confirmation) {
        page.locator("vaadin-text-field#username input").fill(username);
        page.locator("vaadin-password-field#password input").fill(password);
        page.locator("vaadin-password-field#confirm-password input").fill(confirmation);
        return this;
    }

    public void submit() {
        page.locator("vaadin-button#register").click();
    }

    public Locator error() {
        return page.locator("#register-error");
    }

    public LoginPage registerAndExpectLogin(String username, String password) {
        fill(username, password, password);
        submit();
        page.waitForURL(url -> url.contains("/login"));
        page.locator("#login-notice").waitFor();
        return new LoginPage(page, baseUrl);
    }
}
