package dev.rehearse.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import dev.rehearse.security.AccountService;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * Sends a person who signed in with a one-time password to {@link ChangePasswordView} from every page, until they
 * have chosen their own. The answer "no need" is kept in the Vaadin session, so it is asked once per session.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    static final String PASSWORD_OK = PasswordChangeGate.class.getName() + ".ok";

    private final AccountService accounts;
    private final AuthenticationContext authentication;

    PasswordChangeGate(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class || !authentication.isAuthenticated()) {
            return;
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || Boolean.TRUE.equals(session.getAttribute(PASSWORD_OK))) {
            return;
        }
        if (accounts.mustChangePassword()) {
            event.forwardTo(ChangePasswordView.class);
        } else {
            session.setAttribute(PASSWORD_OK, Boolean.TRUE);
        }
    }
}
