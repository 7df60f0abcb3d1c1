package dev.rehearse.admin;

import dev.rehearse.security.AccountAdministration;
import dev.rehearse.security.AccountException;
import dev.rehearse.security.AccountSummary;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The accounts page's way in: security's {@link AccountAdministration} does the change, and the {@link AuditLog}
 * records it in the same transaction. A change security refuses (the last administrator, one's own account) is
 * recorded too, in a transaction of its own since the refused one rolls back, and the refusal goes on to the page.
 * No one-time password is ever written to the log.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class UserAdminService {

    private final AccountAdministration accounts;
    private final AuditLog audit;
    private final TransactionTemplate apart;

    UserAdminService(AccountAdministration accounts, AuditLog audit, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.audit = audit;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Accounts whose username contains the text (blank for all), at most {@link AccountAdministration#MAX_RESULTS}. */
    public List<AccountSummary> accounts(String search) {
        return accounts.accounts(search);
    }

    @Transactional
    public AccountSummary setEnabled(long accountId, boolean enabled, String clientAddress) {
        return recorded(accountId, enabled ? "enable" : "disable", clientAddress, () -> {
            AccountSummary account = accounts.setEnabled(accountId, enabled);
            audit.record(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, name(account),
                    enabled ? "can sign in again" : "cannot sign in; signed out everywhere", clientAddress);
            return account;
        });
    }

    /** A one-time password for the account, to be shown once; the person must choose their own at next sign-in. */
    @Transactional
    public String resetPassword(long accountId, String clientAddress) {
        return recorded(accountId, "reset the password", clientAddress, () -> {
            String oneTime = accounts.resetPassword(accountId);
            audit.record(AuditAction.PASSWORD_RESET, name(accounts.account(accountId)),
                    "one-time password issued (not recorded); must choose a new one at next sign-in; signed out "
                            + "everywhere", clientAddress);
            return oneTime;
        });
    }

    @Transactional
    public AccountSummary setAdmin(long accountId, boolean admin, String clientAddress) {
        return recorded(accountId, admin ? "grant the administrator role" : "remove the administrator role",
                clientAddress, () -> {
                    AccountSummary account = accounts.setAdmin(accountId, admin);
                    audit.record(admin ? AuditAction.ADMIN_GRANTED : AuditAction.ADMIN_REMOVED, name(account),
                            admin ? "may use the admin area" : "no longer an administrator", clientAddress);
                    return account;
                });
    }

    private <T> T recorded(long accountId, String what, String clientAddress, Supplier<T> change) {
        try {
            return change.get();
        } catch (AccountException refused) {
            // read here, not in the new transaction: an unknown id must not spoil the refusal's own record
            String target = target(accountId);
            apart.executeWithoutResult(s -> audit.record(AuditAction.ACCOUNT_ACTION_REFUSED, target,
                    what + ": " + refused.getMessage(), clientAddress));
            throw refused;
        }
    }

    private String target(long accountId) {
        try {
            return name(accounts.account(accountId));
        } catch (AccountException gone) {
            return "account #" + accountId;
        }
    }

    private static String name(AccountSummary account) {
        return account.username() + " (#" + account.id() + ")";
    }
}
