package dev.rehearse.security.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * When a session has ended (after {@code server.servlet.session.timeout} without a request, or because the account
 * was signed out everywhere), an open page goes straight to the sign-in page, which says why, instead of Vaadin's
 * own "Session expired" box. Saved answers are on the server, so nothing typed and saved is lost.
 */
@Component
class SessionExpiryMessages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setSessionExpiredURL("login?expired");
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}
