package dev.rehearse.e2e.pages;

import com.microsoft.playwright.Page;

public record LoginPage(Page page, String baseUrl) {

    public LoginPage open() {
        page.navigate(baseUrl + "/login");
        page.locator("vaadin-login-form input[name=username]").waitFor();
        return this;
    }

    public HomePage signIn(String username, String password) {
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(url -> !url.contains("/login"));
        return new HomePage(page, baseUrl);
    }

    public RegisterPage goToRegister() {
        page.locator("#to-register a").click();
        page.locator("vaadin-text-field#username").waitFor();
        return new RegisterPage(page, baseUrl);
    }
}
