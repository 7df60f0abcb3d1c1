package dev.rehearse.security.internal;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The open sessions of this node, so that an account that is disabled, deleted or given a new password is signed
 * out everywhere at once: its sessions end (its open pages then show Vaadin's "session expired" and go to the
 * sign-in page) and its remember-me tokens are deleted, on every node since they live in the database.
 */
@Component
public class SignedInSessions implements HttpSessionListener {

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();
    private final PersistentTokenRepository rememberMeTokens;

    SignedInSessions(PersistentTokenRepository rememberMeTokens) {
        this.rememberMeTokens = rememberMeTokens;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession().getId());
    }

    /**
     * Ends every session of this username but the one of the request asking (which its page ends itself, if it must),
     * and deletes its remember-me tokens.
     */
    public void signOutEverywhere(String username) {
        rememberMeTokens.removeUserTokens(username);
        String keepSessionId = RequestContextHolder.getRequestAttributes() == null ? null
                : RequestContextHolder.getRequestAttributes().getSessionId();
        for (HttpSession session : List.copyOf(sessions.values())) {
            if (!session.getId().equals(keepSessionId) && username.equalsIgnoreCase(usernameOf(session))) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyEnded) {
                    sessions.remove(session.getId());
                }
            }
        }
    }

    private static String usernameOf(HttpSession session) {
        try {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            return context instanceof SecurityContext c && c.getAuthentication() != null
                    ? c.getAuthentication().getName() : null;
        } catch (IllegalStateException ended) {
            return null;
        }
    }
}
