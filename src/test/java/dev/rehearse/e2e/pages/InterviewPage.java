package dev.rehearse.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

public record InterviewPage(Page page, String baseUrl) {

    public Locator progress() {
        return page.locator("#progress");
    }

    public Locator countdown() {
        return page.locator("#countdown");
    }

    public Locator title() {
        return page.locator("#question-title");
    }

    public Locator saveStatus() {
        return page.locator("#save-status");
    }

    public Locator answerBox() {
        return page.locator("vaadin-text-area#answer textarea");
    }

    /** The id of the Vaadin field that has the keyboard focus, once it has settled. */
    public String focusedField() {
        page.waitForFunction("() => document.activeElement?.closest('vaadin-text-area, vaadin-text-field') != null");
        return (String) page.evaluate(
                "() => document.activeElement.closest('vaadin-text-area, vaadin-text-field').id");
    }

    public InterviewPage type(String text) {
        answerBox().click();
        answerBox().pressSequentially(text, new Locator.PressSequentiallyOptions().setDelay(5));
        return this;
    }

    /** The countdown as seconds left. */
    public int secondsLeft() {
        String[] parts = countdown().textContent().strip().split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }

    public void next() {
        page.locator("vaadin-button#next").click();
    }

    public void finish() {
        page.locator("vaadin-button#finish").click();
    }
}
