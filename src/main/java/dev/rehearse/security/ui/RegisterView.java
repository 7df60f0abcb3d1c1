package dev.rehearse.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.rehearse.security.AccountService;
import dev.rehearse.security.PasswordPolicy;
import dev.rehearse.security.Registration;
import dev.rehearse.security.RegistrationException;

@Route("register")
@PageTitle("Create an account · Rehearse")
@AnonymousAllowed
class RegisterView extends AuthPage {

    final TextField username = new TextField("Username");
    final PasswordField password = new PasswordField("Password");
    final PasswordField confirmation = new PasswordField("Confirm password");
    final Paragraph error = new Paragraph();
    final Button create = new Button("Create account");

    RegisterView(AccountService accounts) {
        H2 heading = new H2("Create an account");
        heading.addClassName("auth-heading");

        username.setId("username");
        username.setWidthFull();
        username.setRequiredIndicatorVisible(true);
        username.setMaxLength(Registration.MAX_USERNAME);
        username.setHelperText("Letters, digits, dots, hyphens and underscores");
        username.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);

        password.setId("password");
        password.setWidthFull();
        password.setRequiredIndicatorVisible(true);
        password.setHelperText(PasswordPolicy.IN_WORDS);
        password.setMaxLength(PasswordPolicy.MAX_LENGTH * 2);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);

        confirmation.setId("confirm-password");
        confirmation.setWidthFull();
        confirmation.setRequiredIndicatorVisible(true);
        confirmation.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);

        error.setId("register-error");
        error.addClassName("form-error");
        error.setVisible(false);

        create.setId("register");
        create.setWidthFull();
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(e -> {
            try {
                accounts.register(new Registration(username.getValue(), password.getValue(),
                        confirmation.getValue()), com.vaadin.flow.server.VaadinRequest.getCurrent().getRemoteAddr());
                getUI().ifPresent(ui -> ui.navigate("login",
                        com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("registered", "yes"))));
            } catch (RegistrationException ex) {
                error.setText(ex.getMessage());
                error.setVisible(true);
            }
        });

        Div login = new Div(new Span("Already registered? "), new Anchor("login", "Sign in"));
        login.addClassName("auth-switch");

        addToCard(heading, username, password, confirmation, error, create, login);
    }
}
