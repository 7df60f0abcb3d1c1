package dev.rehearse.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** /admin/users: the accounts. */
public record AdminUsersPage(Page page, String baseUrl) {

    public AdminUsersPage open() {
        page.navigate(baseUrl + "/admin/users");
        page.locator("vaadin-grid#account-grid").waitFor();
        return this;
    }

    /** Finds the account and opens its dialog. */
    public AdminUsersPage manage(String username) {
        page.locator("vaadin-text-field#account-search input").fill(username);
        // the list is filtered on the server a moment after typing stops
        page.locator("#account-count").filter(new Locator.FilterOptions().setHasText("1 account.")).waitFor();
        page.locator("vaadin-button[aria-label='Manage " + username + "'] >> visible=true").click();
        page.locator("vaadin-button#toggle-enabled").waitFor();
        return this;
    }

    /** Disables the open account, confirming it. */
    public void disable() {
        page.locator("vaadin-button#toggle-enabled").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable").setExact(true)).click();
    }

    public Locator notification() {
        return page.locator("vaadin-notification-card");
    }
}
