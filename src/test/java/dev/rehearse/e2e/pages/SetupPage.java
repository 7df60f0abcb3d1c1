package dev.rehearse.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

public record SetupPage(Page page, String baseUrl) {

    public SetupPage questions(int count) {
        Locator input = page.locator("vaadin-integer-field#question-count input");
        input.fill(String.valueOf(count));
        input.press("Tab");
        return this;
    }

    /** Picks a time per question by its label, such as "30 s" or "5 min". */
    public SetupPage timePerQuestion(String label) {
        page.locator("vaadin-select#time-per-question").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(label)).first().click();
        return this;
    }

    public Locator matchCount() {
        return page.locator("#match-count");
    }

    public InterviewPage start() {
        page.locator("vaadin-button#start").click();
        page.locator("vaadin-text-area#answer").waitFor();
        return new InterviewPage(page, baseUrl);
    }
}
