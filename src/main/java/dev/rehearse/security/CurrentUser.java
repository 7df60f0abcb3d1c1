package dev.rehearse.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** Who is calling: services use it to scope every query to the signed-in account. */
@Component
public class CurrentUser {

    /** The same holder method security reads (Vaadin provides one that also looks in the Vaadin session). */
    private final SecurityContextHolderStrategy contexts;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The signed-in account's id, carried by its principal; refuses an anonymous caller. */
    public long requireId() {
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
                || !(auth.getPrincipal() instanceof AccountPrincipal principal)) {
            throw new AuthenticationCredentialsNotFoundException("Please sign in first.");
        }
        return principal.accountId();
    }

    /** The signed-in account's username; refuses an anonymous caller. */
    public String requireName() {
        requireId();
        return contexts.getContext().getAuthentication().getName();
    }
}
