package dev.rehearse.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in account as Spring Security holds it: with its id, so that no call looks the account up by name. */
public class AccountPrincipal extends User {

    private final long accountId;

    public AccountPrincipal(long accountId, String username, String passwordHash, boolean enabled,
            Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.accountId = accountId;
    }

    public long accountId() {
        return accountId;
    }
}
