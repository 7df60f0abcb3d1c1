package dev.rehearse.support;

import dev.rehearse.security.AccountService;
import dev.rehearse.security.Registration;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Registers accounts and runs code as one of them, signed in the way a real sign-in leaves it: with the principal
 * that the app's own user details service loads (which carries the account id).
 */
public class TestUsers {

    public static final String PASSWORD = "correct horse battery";

    private final AccountService accounts;
    private final UserDetailsService userDetails;
    private final SecurityContextHolderStrategy contexts;
    private String someone;

    /**
     * {@code contexts}: this application context's own holder. Vaadin installs a new one globally for every context
     * it starts, so a test context cached from earlier must be given its own, not the global one.
     */
    TestUsers(AccountService accounts, UserDetailsService userDetails,
            ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.accounts = accounts;
        this.userDetails = userDetails;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Runs the rest of a test as a visitor who has not signed in. */
    public void signOutToAnonymous() {
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("test", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        contexts.setContext(context);
    }

    public void clear() {
        contexts.clearContext();
    }

    /** Registers a new account whose name starts with {@code prefix}; returns its username. */
    public String register(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        registerExactly(username);
        return username;
    }

    /** Some signed-in person, registered once for this test context, for what anyone signed in may do. */
    public synchronized String someone() {
        if (someone == null) {
            someone = register("someone");
        }
        return someone;
    }

    public void registerExactly(String username) {
        accounts.register(new Registration(username, PASSWORD, PASSWORD), "192.0.2.1");
    }

    /** The principal of a registered account, as after signing in. */
    public UserDetails principal(String username) {
        return userDetails.loadUserByUsername(username);
    }

    public <T> T as(String username, Supplier<T> action) {
        UserDetails principal = principal(username);
        SecurityContext previous = contexts.getContext();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        contexts.setContext(context);
        try {
            return action.get();
        } finally {
            contexts.setContext(previous);
        }
    }

    public void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }
}
