package dev.rehearse.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

public record HomePage(Page page, String baseUrl) {

    public HomePage open() {
        page.navigate(baseUrl + "/");
        page.locator("#start-interview").waitFor();
        return this;
    }

    public Locator emptyState() {
        return page.locator(".empty-state");
    }

    public Locator latestResults() {
        return page.locator("#latest-results");
    }

    public SetupPage startInterview() {
        page.locator("vaadin-button#start-interview").click();
        page.locator("vaadin-button#start").waitFor();
        return new SetupPage(page, baseUrl);
    }
}
