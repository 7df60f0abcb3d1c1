package dev.rehearse.security.internal;

import dev.rehearse.security.AccountPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for Spring Security's login. The principal's name is the username as registered, and it carries
 * the account's id.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsernameKey(UserAccount.key(username))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return new AccountPrincipal(account.getId(), account.getUsername(), account.getPasswordHash(),
                account.isEnabled(),
                account.getRoles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList());
    }
}
