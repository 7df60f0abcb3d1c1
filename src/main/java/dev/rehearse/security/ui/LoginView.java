package dev.rehearse.security.ui;

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
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route("login")
@PageTitle("Sign in · Rehearse")
@AnonymousAllowed
public class LoginView extends AuthPage implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

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
        if (params.containsKey("registered")) {
            notice.setText("Your account is ready. Sign in with it.");
            notice.setVisible(true);
        }
        if (params.containsKey("deleted")) {
            notice.setText("Your account and everything kept of it are deleted.");
            notice.setVisible(true);
        }
    }
}
