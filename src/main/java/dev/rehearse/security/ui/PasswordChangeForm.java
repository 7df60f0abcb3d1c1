package dev.rehearse.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import dev.rehearse.security.AccountException;
import dev.rehearse.security.AccountService;
import dev.rehearse.security.PasswordChange;
import dev.rehearse.security.PasswordPolicy;

/**
 * Current password, new password twice, and a button: used on the settings page and on the page that asks for a
 * new password after a one-time one. {@code onChanged} runs once the new password is stored.
 */
class PasswordChangeForm extends Div {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField replacement = new PasswordField("New password");
    final PasswordField confirmation = new PasswordField("Confirm the new password");
    final Paragraph error = new Paragraph();
    final Button change = new Button("Change password");

    PasswordChangeForm(AccountService accounts, Runnable onChanged) {
        addClassName("password-change");
        current.setId("current-password");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        current.setWidthFull();
        replacement.setId("new-password");
        replacement.setAutocomplete(Autocomplete.NEW_PASSWORD);
        replacement.setHelperText(PasswordPolicy.IN_WORDS);
        replacement.setMaxLength(PasswordPolicy.MAX_LENGTH * 2);
        replacement.setWidthFull();
        confirmation.setId("confirm-new-password");
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirmation.setWidthFull();
        error.setId("password-change-error");
        error.addClassName("form-error");
        error.setVisible(false);
        change.setId("change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(e -> {
            try {
                accounts.changePassword(new PasswordChange(current.getValue(), replacement.getValue(),
                        confirmation.getValue()));
            } catch (AccountException refused) {
                error.setText(refused.getMessage());
                error.setVisible(true);
                return;
            }
            error.setVisible(false);
            current.clear();
            replacement.clear();
            confirmation.clear();
            onChanged.run();
        });
        add(current, replacement, confirmation, error, change);
    }
}
