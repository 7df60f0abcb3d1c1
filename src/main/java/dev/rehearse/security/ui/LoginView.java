package dev.rehearse.security.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.rehearse.security.SignInThrottledException;
import org.springframework.security.web.WebAttributes;

@Route("login")
@PageTitle("Sign in · Rehearse")
@AnonymousAllowed
public class LoginView extends AuthPage implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final Checkbox remember = new Checkbox("Keep me signed in on this device for 30 days");

    public LoginView() {
        Paragraph tagline = new Paragraph("Timed mock interviews on FastAPI, with model answers to compare against.");
        tagline.addClassName("auth-tagline");

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getErrorMessage().setTitle("Wrong username or password");
        i18n.getErrorMessage().setMessage("Check both and try again. Passwords are case-sensitive.");
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setId("login-form");

        // Posted with the form as "remember-me" when ticked (the form sends its custom-form-area fields)
        remember.getElement().setAttribute("slot", "custom-form-area");
        remember.getElement().setAttribute("name", "remember-me");
        remember.setId("remember-me");
        form.getElement().appendChild(remember.getElement());

        notice.addClassName("auth-notice");
        notice.setVisible(false);
        notice.setId("login-notice");

        Div register = new Div(new Span("New here? "), new Anchor("register", "Create an account"));
        register.addClassName("auth-switch");
        register.setId("to-register");

        addToCard(tagline, notice, form, register);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        form.setError(params.containsKey("error"));
        if (params.containsKey("error") && lastSignInFailure() instanceof SignInThrottledException throttled) {
            form.showErrorMessage("Please wait", throttled.getMessage());
        }
        if (params.containsKey("expired")) {
            notice.setText("You were signed out: after a while without activity, or from another page or by an "
                    + "administrator. Sign in again; your saved answers are kept.");
            notice.setVisible(true);
        }
        if (params.containsKey("registered")) {
            notice.setText("Your account is ready. Sign in with it.");
            notice.setVisible(true);
        }
        if (params.containsKey("deleted")) {
            notice.setText("Your account and everything kept of it are deleted.");
            notice.setVisible(true);
        }
    }

    /** Why the last sign-in of this browser failed, as Spring Security keeps it in the session. */
    private static Object lastSignInFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession wrapped = session == null ? null : session.getSession();
        return wrapped == null ? null : wrapped.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
