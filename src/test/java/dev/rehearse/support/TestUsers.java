package dev.rehearse.support;

import dev.rehearse.security.AccountService;
import dev.rehearse.security.Registration;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Registers accounts and runs code as one of them, the way a signed-in request would. */
public final class TestUsers {

    private TestUsers() {
    }

    public static void register(AccountService accounts, String username) {
        accounts.register(new Registration(username, "correct horse battery", "correct horse battery"));
    }

    public static <T> T as(String username, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_USER"))));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }
}
