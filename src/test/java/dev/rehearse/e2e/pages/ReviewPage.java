package dev.rehearse.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

public record ReviewPage(Page page, String baseUrl) {

    public ReviewPage waitUntilShown() {
        page.waitForURL(url -> url.endsWith("/review"));
        page.locator("#review-summary").waitFor();
        return this;
    }

    public Locator answer(int n) {
        return page.locator("#answer-" + n);
    }

    public Locator modelAnswer(int n) {
        return page.locator("#model-answer-" + n);
    }

    public Locator timedOut(int n) {
        return page.locator("#timed-out-" + n);
    }

    public Locator item(int n) {
        return page.locator("#review-item-" + n);
    }
}
