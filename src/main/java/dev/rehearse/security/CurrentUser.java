package dev.rehearse.security;

import dev.rehearse.security.internal.UserAccount;
import dev.rehearse.security.internal.UserAccountRepository;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling: services use it to scope every query to the signed-in user. */
@Component
public class CurrentUser {

    private final UserAccountRepository accounts;

    CurrentUser(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The signed-in account's id; refuses an anonymous caller. */
    public long requireId() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            throw new AuthenticationCredentialsNotFoundException("Please sign in first.");
        }
        return accounts.findByUsernameKey(UserAccount.key(auth.getName()))
                .map(UserAccount::getId)
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Your account no longer exists."));
    }
}
