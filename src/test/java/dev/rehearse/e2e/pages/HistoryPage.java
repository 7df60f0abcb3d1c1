package dev.rehearse.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

public record HistoryPage(Page page, String baseUrl) {

    public HistoryPage open() {
        page.navigate(baseUrl + "/history");
        page.locator("h1").filter(new Locator.FilterOptions().setHasText("History")).waitFor();
        return this;
    }

    public Locator grid() {
        return page.locator("vaadin-grid#history-grid");
    }

    /** The grid's body cells as the person sees them. */
    public Locator cells() {
        return page.locator("vaadin-grid#history-grid vaadin-grid-cell-content");
    }

    public ReviewPage openRowContaining(String text) {
        cells().filter(new Locator.FilterOptions().setHasText(text)).first().click();
        return new ReviewPage(page, baseUrl).waitUntilShown();
    }
}
