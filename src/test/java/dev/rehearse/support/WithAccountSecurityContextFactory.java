package dev.rehearse.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

class WithAccountSecurityContextFactory implements WithSecurityContextFactory<WithAccount> {

    private final TestUsers users;

    WithAccountSecurityContextFactory(TestUsers users) {
        this.users = users;
    }

    @Override
    public SecurityContext createSecurityContext(WithAccount account) {
        UserDetails principal;
        try {
            principal = users.principal(account.value());
        } catch (UsernameNotFoundException notYet) {
            users.registerExactly(account.value());
            principal = users.principal(account.value());
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        return context;
    }
}
