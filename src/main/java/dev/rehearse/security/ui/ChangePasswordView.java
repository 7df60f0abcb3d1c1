package dev.rehearse.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import dev.rehearse.security.AccountService;
import jakarta.annotation.security.PermitAll;

/**
 * The page a person sees after signing in with a one-time password (the generated first administrator's, or one an
 * administrator set): every other page leads here until they have chosen their own.
 */
@Route("change-password")
@PageTitle("Choose a new password · Rehearse")
@PermitAll
class ChangePasswordView extends AuthPage {

    ChangePasswordView(AccountService accounts) {
        H2 heading = new H2("Choose a new password");
        heading.addClassName("auth-heading");
        Paragraph why = new Paragraph("You signed in with a one-time password. Choose your own to go on; the one-time "
                + "password stops working once you have.");
        why.setId("why-change");
        addToCard(heading, why, new PasswordChangeForm(accounts, () -> {
            VaadinSession.getCurrent().setAttribute(PasswordChangeGate.PASSWORD_OK, Boolean.TRUE);
            UI.getCurrent().navigate("");
        }));
    }
}
