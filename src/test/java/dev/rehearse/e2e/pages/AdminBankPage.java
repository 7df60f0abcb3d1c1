package dev.rehearse.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;

/** /admin/questions: the bank as an administrator sees it. */
public record AdminBankPage(Page page, String baseUrl) {

    public AdminBankPage open() {
        page.navigate(baseUrl + "/admin/questions");
        page.locator("#bank-counts table").waitFor();
        return this;
    }

    /** Clicks Reload and waits for the preview of what applying the folder would do. */
    public AdminBankPage previewReload() {
        page.locator("vaadin-button#reload-preview").click();
        page.locator("#reload-summary").waitFor();
        return this;
    }

    public Locator preview() {
        return page.locator("#reload-preview-panel");
    }

    public void apply() {
        page.locator("vaadin-button#apply-reload").click();
    }

    /** Chooses the topic folder, then sends one file through the upload. */
    public AdminBankPage upload(String topic, String fileName, String content) {
        Locator topicField = page.locator("vaadin-combo-box#upload-topic input");
        topicField.fill(topic);
        topicField.press("Enter");
        // the server must hold the chosen topic before the file arrives: wait for the field's choice and for the
        // round trip that sends it to end (on a slow machine the upload could otherwise overtake it)
        page.waitForFunction("() => document.querySelector('vaadin-combo-box#upload-topic').selectedItem != null");
        page.waitForFunction("() => Object.values(window.Vaadin.Flow.clients)"
                + ".every(c => typeof c.isActive !== 'function' || !c.isActive())");
        page.locator("vaadin-upload#upload input[type=file]").setInputFiles(new FilePayload(fileName,
                "text/markdown", content.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    public Locator uploadResult() {
        return page.locator("#upload-result");
    }

    /** A question's row in the bank's grid, found by words of its title or id. */
    public Locator question(String words) {
        page.locator("vaadin-text-field#bank-search input").fill(words);
        return page.locator("vaadin-grid#bank-grid vaadin-grid-cell-content >> visible=true")
                .filter(new Locator.FilterOptions().setHasText(words));
    }
}
