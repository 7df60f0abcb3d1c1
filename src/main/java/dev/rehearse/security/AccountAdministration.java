package dev.rehearse.security;

import dev.rehearse.security.internal.OneTimePasswords;
import dev.rehearse.security.internal.SignedInSessions;
import dev.rehearse.security.internal.UserAccount;
import dev.rehearse.security.internal.UserAccountRepository;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to accounts: find them, disable or enable them, reset a password, grant or remove the
 * administrator role. An administrator cannot disable themselves nor leave the app without an enabled
 * administrator. Ending an account's access ends its sessions and remember-me cookies at once.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AccountAdministration {

    /** The most accounts one search shows. */
    public static final int MAX_RESULTS = 200;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final SignedInSessions sessions;

    AccountAdministration(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            SignedInSessions sessions) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.sessions = sessions;
    }

    /** Accounts whose username contains the text (any case; blank for all), in username order, at most 200. */
    @Transactional(readOnly = true)
    public List<AccountSummary> accounts(String search) {
        String text = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return accounts.findByUsernameKeyContainingOrderByUsernameKey(text, PageRequest.of(0, MAX_RESULTS)).stream()
                .map(AccountAdministration::summary)
                .toList();
    }

    /** One account, for the audit log's words; refuses an unknown id. */
    @Transactional(readOnly = true)
    public AccountSummary account(long accountId) {
        return summary(find(accountId));
    }

    /** Disables (its sessions end, it cannot sign in) or enables an account. */
    @Transactional
    public AccountSummary setEnabled(long accountId, boolean enabled) {
        UserAccount account = find(accountId);
        if (!enabled && account.getId() == currentUser.requireId()) {
            throw new AccountException("You cannot disable your own account.");
        }
        if (!enabled && account.hasRole(AppRoles.ADMIN) && account.isEnabled()
                && accounts.countEnabledWithRole(AppRoles.ADMIN) <= 1) {
            throw new AccountException("That is the last administrator who can sign in. Make another one first.");
        }
        account.setEnabled(enabled);
        if (!enabled) {
            sessions.signOutEverywhere(account.getUsername());
        }
        return summary(account);
    }

    /**
     * Gives the account a new one-time password, returned to be handed over once (it is stored only as a hash); the
     * person must choose their own at the next sign-in. Their sessions and remember-me cookies end.
     */
    @Transactional
    public String resetPassword(long accountId) {
        UserAccount account = find(accountId);
        if (account.getId() == currentUser.requireId()) {
            throw new AccountException("Change your own password on the settings page instead.");
        }
        String oneTime = OneTimePasswords.generate();
        account.changePassword(passwordEncoder.encode(oneTime), true);
        sessions.signOutEverywhere(account.getUsername());
        return oneTime;
    }

    /** Grants or removes the administrator role; the last enabled administrator keeps it. */
    @Transactional
    public AccountSummary setAdmin(long accountId, boolean admin) {
        UserAccount account = find(accountId);
        if (admin) {
            account.grant(AppRoles.ADMIN);
        } else if (account.hasRole(AppRoles.ADMIN)) {
            if (account.isEnabled() && accounts.countEnabledWithRole(AppRoles.ADMIN) <= 1) {
                throw new AccountException("That is the last administrator who can sign in. Make another one first.");
            }
            account.revoke(AppRoles.ADMIN);
            sessions.signOutEverywhere(account.getUsername());
        }
        return summary(account);
    }

    private UserAccount find(long accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> new AccountException("There is no such account. It may have been deleted."));
    }


    private static AccountSummary summary(UserAccount account) {
        return new AccountSummary(account.getId(), account.getUsername(), account.isEnabled(),
                account.hasRole(AppRoles.ADMIN), account.isMustChangePassword(), account.getCreatedAt());
    }
}
