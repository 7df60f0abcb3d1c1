package dev.rehearse.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.rehearse.admin.UserAdminService;
import dev.rehearse.base.ui.Formats;
import dev.rehearse.base.ui.MainLayout;
import dev.rehearse.base.ui.Notice;
import dev.rehearse.security.AccountAdministration;
import dev.rehearse.security.AccountException;
import dev.rehearse.security.AccountSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The accounts: find one by name, then disable or enable it, give it a one-time password (shown once), or grant or
 * remove the administrator role. Each change is confirmed first and written to the audit log.
 */
@Route(value = UserAdminView.PATH, layout = MainLayout.class)
@PageTitle("Accounts · Rehearse")
@Menu(order = 4.1, icon = "vaadin:users", title = "Accounts")
@RolesAllowed("ADMIN")
@StyleSheet("context://styles/admin.css")
class UserAdminView extends Main {

    static final String PATH = "admin/users";

    private final UserAdminService users;
    private final String me;

    final TextField search = new TextField("Find an account");
    final Paragraph shown = new Paragraph();
    final Grid<AccountSummary> grid = new Grid<>();
    private String openedFrom = ClientAddress.current();

    UserAdminView(UserAdminService users, AuthenticationContext authentication) {
        this.users = users;
        this.me = authentication.getPrincipalName().orElse("");
        addClassNames("page", "admin-page");
        Paragraph lead = new Paragraph("Everyone who can sign in. Disabling an account or resetting its password "
                + "signs it out everywhere at once. There is always at least one administrator who can sign in.");
        lead.addClassName("lead");

        search.setId("account-search");
        search.setPlaceholder("Part of a username");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        shown.setId("account-count");
        shown.addClassName("section-note");

        grid.setId("account-grid");
        grid.addClassName("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(LitRenderer.<AccountSummary>of("""
                        <div class="audit-cell"><b>${item.name}</b><span>${item.line}</span></div>""")
                        .withProperty("name", a -> a.username() + (a.username().equals(me) ? " (you)" : ""))
                        .withProperty("line", UserAdminView::describe))
                .setHeader("Account").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(a -> {
            Button manage = new Button("Manage", e -> manage(a));
            manage.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            manage.setAriaLabel("Manage " + a.username());
            return manage;
        })).setHeader("Change").setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> {
            if (e.getColumn() == null || e.getColumn() == grid.getColumns().getFirst()) {
                manage(e.getItem());
            }
        });

        add(new H1("Accounts"), lead, search, shown, grid);
        refresh();
        addAttachListener(e -> openedFrom = ClientAddress.current().isEmpty() ? openedFrom
                : ClientAddress.current());
    }

    static String describe(AccountSummary a) {
        List<String> parts = new ArrayList<>();
        parts.add(a.admin() ? "Administrator" : "User");
        parts.add(a.enabled() ? "can sign in" : "disabled");
        if (a.mustChangePassword()) {
            parts.add("must choose a new password");
        }
        parts.add("since " + Formats.date(a.createdAt()));
        return String.join(" · ", parts);
    }

    private void refresh() {
        List<AccountSummary> found = users.accounts(search.getValue());
        grid.setItems(found);
        shown.setText(found.size() >= AccountAdministration.MAX_RESULTS
                ? "The first %d accounts in name order; type part of a name to find others."
                        .formatted(AccountAdministration.MAX_RESULTS)
                : found.size() == 1 ? "1 account." : found.size() + " accounts.");
    }

    private void manage(AccountSummary account) {
        Dialog dialog = new Dialog();
        dialog.setId("account-dialog");
        dialog.setHeaderTitle(account.username());
        Paragraph state = new Paragraph(describe(account) + ".");
        state.setId("account-state");
        boolean self = account.username().equals(me);

        Button enabled = new Button(account.enabled() ? "Disable account" : "Enable account");
        enabled.setId("toggle-enabled");
        enabled.addClickListener(e -> {
            if (account.enabled()) {
                confirm("Disable " + account.username() + "?", "They are signed out everywhere and cannot sign in "
                        + "until the account is enabled again. Their interviews and answers stay.", "Disable",
                        () -> change(dialog, () -> users.setEnabled(account.id(), false, address()),
                                account.username() + " is disabled."));
            } else {
                change(dialog, () -> users.setEnabled(account.id(), true, address()),
                        account.username() + " can sign in again.");
            }
        });
        Button reset = new Button("Reset password");
        reset.setId("reset-password");
        reset.addClickListener(e -> confirm("Reset the password of " + account.username() + "?", "Their password "
                + "stops working and they are signed out everywhere. You get a one-time password to hand over; "
                + "they choose their own when they next sign in.", "Reset password", () -> resetPassword(dialog,
                account)));
        Button role = new Button(account.admin() ? "Remove administrator role" : "Make administrator");
        role.setId("toggle-admin");
        role.addClickListener(e -> {
            if (account.admin()) {
                confirm("Remove the administrator role from " + account.username() + "?", "They keep their "
                        + "account and data, and lose the admin area.", "Remove role",
                        () -> change(dialog, () -> users.setAdmin(account.id(), false, address()),
                                account.username() + " is no longer an administrator."));
            } else {
                confirm("Make " + account.username() + " an administrator?", "They can then change the question "
                        + "bank and every account, including yours.", "Make administrator",
                        () -> change(dialog, () -> users.setAdmin(account.id(), true, address()),
                                account.username() + " is an administrator."));
            }
        });
        Div actions = new Div(enabled, reset, role);
        actions.addClassName("account-actions");
        dialog.add(state, actions);
        if (self) {
            Paragraph note = new Paragraph("This is your own account: change your password on the settings page.");
            note.addClassName("section-note");
            dialog.add(note);
        }
        Button close = new Button("Close", e -> dialog.close());
        close.setId("close-account");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void change(Dialog dialog, Supplier<AccountSummary> action, String done) {
        try {
            action.get();
            dialog.close();
            Notice.success(done);
        } catch (AccountException refused) {
            Notice.error(refused.getMessage());
        }
        refresh();
    }

    private void resetPassword(Dialog manage, AccountSummary account) {
        String oneTime;
        try {
            oneTime = users.resetPassword(account.id(), address());
        } catch (AccountException refused) {
            Notice.error(refused.getMessage());
            return;
        }
        manage.close();
        refresh();
        Dialog shownOnce = new Dialog();
        shownOnce.setId("one-time-dialog");
        shownOnce.setHeaderTitle("One-time password for " + account.username());
        TextField password = new TextField("One-time password");
        password.setId("one-time-password");
        password.setValue(oneTime);
        password.setReadOnly(true);
        password.setWidthFull();
        Paragraph note = new Paragraph("Hand it to " + account.username() + " in private. It is shown only now and "
                + "kept only as a hash; they must choose a new password when they sign in with it.");
        note.addClassName("section-note");
        shownOnce.add(password, note);
        Button done = new Button("Done", VaadinIcon.CHECK.create(), e -> shownOnce.close());
        done.setId("one-time-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        shownOnce.getFooter().add(done);
        shownOnce.setCloseOnOutsideClick(false);
        shownOnce.open();
    }

    private static void confirm(String header, String text, String confirmText, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, confirmText, e -> onConfirm.run());
        dialog.setId("confirm-dialog");
        dialog.setCancelable(true);
        dialog.setCancelText("Cancel");
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private String address() {
        String now = ClientAddress.current();
        return now.isEmpty() ? openedFrom : now;
    }
}
