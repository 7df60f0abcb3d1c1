package dev.rehearse.security.internal;

import dev.rehearse.security.AccountPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for Spring Security's sign-in. The principal's name is the username as registered, and it carries
 * the account's id. When a password was stored with an older scheme, the sign-in stores it anew with the current one.
 */
@Component
public class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsernameKey(UserAccount.key(username))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return principal(account);
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        UserAccount account = accounts.findByUsernameKey(UserAccount.key(user.getUsername())).orElseThrow(
                () -> new UsernameNotFoundException("unknown user"));
        account.rehashPassword(newPasswordHash);
        return principal(account);
    }

    private static AccountPrincipal principal(UserAccount account) {
        return new AccountPrincipal(account.getId(), account.getUsername(), account.getPasswordHash(),
                account.isEnabled(),
                account.getRoles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList());
    }
}
