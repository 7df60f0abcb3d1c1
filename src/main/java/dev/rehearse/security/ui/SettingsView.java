package dev.rehearse.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.Lumo;
import dev.rehearse.base.ui.MainLayout;
import dev.rehearse.base.ui.Notice;
import com.vaadin.flow.server.VaadinServletRequest;
import dev.rehearse.security.AccountException;
import dev.rehearse.security.AccountService;
import dev.rehearse.security.UserSettings;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;

/** The person's own timing and display settings, and the way to leave with nothing of theirs kept. */
@Route(value = "settings", layout = MainLayout.class)
@PageTitle("Settings · Rehearse")
@Menu(order = 3, icon = "vaadin:cog", title = "Settings")
@PermitAll
class SettingsView extends Main {

    final RadioButtonGroup<Integer> extraTime = new RadioButtonGroup<>("Extra time on every limit");
    final Checkbox hiddenCountdown = new Checkbox("Hide the countdown (time is still enforced; show it on demand)");
    final Checkbox darkTheme = new Checkbox("Dark theme");
    final IntegerField retention = new IntegerField("Review retention (%)");
    final Button save = new Button("Save settings");
    final PasswordField deletePassword = new PasswordField("Your password");
    final Button delete = new Button("Delete my account");

    SettingsView(AccountService accounts, List<SettingsSection> sections) {
        addClassName("page");
        addClassName("settings-page");
        UserSettings current = accounts.settings();

        extraTime.setId("extra-time");
        extraTime.setItems(UserSettings.EXTRA_TIME_CHOICES);
        extraTime.setItemLabelGenerator(p -> switch (p) {
            case 100 -> "None";
            case 125 -> "×1.25";
            case 150 -> "×1.5";
            default -> "×2";
        });
        extraTime.setValue(current.extraTimePercent());
        extraTime.setHelperText("Applies to interviews you start from now on, whether per question or for the whole "
                + "interview.");
        extraTime.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);

        hiddenCountdown.setId("hidden-countdown");
        hiddenCountdown.setValue(current.hiddenCountdown());
        hiddenCountdown.setHelperText("A “Show time left” button and Alt+T tell the time for a few seconds. Screen "
                + "readers still hear 5 minutes, 1 minute and 10 seconds left.");

        darkTheme.setId("dark-theme");
        darkTheme.setValue(current.darkTheme());
        darkTheme.addValueChangeListener(e -> applyTheme(e.getValue()));

        retention.setId("desired-retention");
        retention.setMin(UserSettings.MIN_RETENTION_PERCENT);
        retention.setMax(UserSettings.MAX_RETENTION_PERCENT);
        retention.setStepButtonsVisible(true);
        retention.setValue(current.desiredRetentionPercent());
        retention.setHelperText("How likely you want to still remember an answer when its question comes back: "
                + "higher means more frequent reviews. %d to %d; %d is the usual choice."
                .formatted(UserSettings.MIN_RETENTION_PERCENT, UserSettings.MAX_RETENTION_PERCENT,
                        UserSettings.DEFAULT_RETENTION_PERCENT));

        save.setId("save-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Integer percent = retention.getValue();
            if (percent == null || percent < UserSettings.MIN_RETENTION_PERCENT
                    || percent > UserSettings.MAX_RETENTION_PERCENT) {
                retention.setInvalid(true);
                retention.setErrorMessage("Choose a whole number from %d to %d."
                        .formatted(UserSettings.MIN_RETENTION_PERCENT, UserSettings.MAX_RETENTION_PERCENT));
                return; // nothing is saved
            }
            retention.setInvalid(false);
            if (extraTime.getValue() == null) {
                Notice.error("Choose how much extra time you want, or None.");
                return; // nothing is saved
            }
            try {
                accounts.changeSettings(new UserSettings(extraTime.getValue(), hiddenCountdown.getValue(),
                        darkTheme.getValue(), percent));
            } catch (IllegalArgumentException refused) {
                Notice.error(refused.getMessage());
                return;
            }
            Notice.success("Settings saved.");
        });

        Div form = new Div(extraTime, hiddenCountdown, darkTheme, retention, save);
        form.addClassNames("card", "settings-form");
        Paragraph lead = new Paragraph("Timing that fits you. These settings are yours and follow you to any browser.");
        lead.addClassName("lead");
        add(new H1("Settings"), lead, form);
        sections.stream().sorted(Comparator.comparingInt(SettingsSection::order)).forEach(s -> add(s.create()));
        add(passwordChange(accounts), deletion(accounts));
    }

    private static Section passwordChange(AccountService accounts) {
        Section card = new Section(new H2("Change your password"),
                new Paragraph("Your other sessions end, and every browser that keeps you signed in forgets you."),
                new PasswordChangeForm(accounts, () -> Notice.success("Password changed. You stay signed in here.")));
        card.addClassNames("card", "settings-form");
        card.setId("password-change");
        return card;
    }

    private Section deletion(AccountService accounts) {
        deletePassword.setId("delete-password");
        deletePassword.setHelperText("Type it to confirm. This cannot be undone.");
        deletePassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        delete.setId("delete-account");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> {
            try {
                accounts.deleteAccount(deletePassword.getValue());
            } catch (AccountException ex) {
                deletePassword.setInvalid(true);
                deletePassword.setErrorMessage(ex.getMessage());
                return;
            }
            signOutTo("login?deleted");
        });
        Section card = new Section(new H2("Delete your account"),
                new Paragraph("Deletes your account and everything kept of it: your interviews, answers, ratings, "
                        + "notes and review schedule. Nothing of yours remains on the server afterwards."),
                deletePassword, delete);
        card.addClassNames("card", "settings-form", "danger-zone");
        card.setId("account-deletion");
        return card;
    }

    /** Ends this session, whose account no longer exists, and goes to {@code location}. */
    private static void signOutTo(String location) {
        UI.getCurrent().getPage().setLocation(location);
        new SecurityContextLogoutHandler().logout(VaadinServletRequest.getCurrent().getHttpServletRequest(), null,
                null);
    }

    private static void applyTheme(boolean dark) {
        UI.getCurrent().getElement().getThemeList().set(Lumo.DARK, dark);
    }
}
