package dev.rehearse.security;

import dev.rehearse.security.internal.RegistrationThrottle;
import dev.rehearse.security.internal.SignedInSessions;
import dev.rehearse.security.internal.UserAccount;
import dev.rehearse.security.internal.UserAccountRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: registration is the one thing an anonymous visitor may do. */
@Service
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final RegistrationThrottle registrations;
    private final SignedInSessions sessions;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
            CurrentUser currentUser, ApplicationEventPublisher events, RegistrationThrottle registrations,
            SignedInSessions sessions) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.currentUser = currentUser;
        this.events = events;
        this.registrations = registrations;
        this.sessions = sessions;
    }

    /** The signed-in person's settings. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public UserSettings settings() {
        UserAccount account = accounts.findById(currentUser.requireId()).orElseThrow();
        return new UserSettings(account.getExtraTimePercent(), account.isHiddenCountdown(), account.isDarkTheme(),
                account.getDesiredRetentionPercent());
    }

    /** Stores the signed-in person's settings; they apply from the next interview on. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public UserSettings changeSettings(UserSettings settings) {
        UserAccount account = accounts.findById(currentUser.requireId()).orElseThrow();
        account.changeSettings(settings.extraTimePercent(), settings.hiddenCountdown(), settings.darkTheme(),
                settings.desiredRetentionPercent());
        return settings;
    }

    /**
     * Creates a user account; refuses with a readable message when the input is not acceptable, or when too many
     * accounts were made from this client address lately.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void register(Registration registration, String clientAddress) {
        if (!registrations.tryFrom(clientAddress)) {
            throw new RegistrationException("Too many accounts were made from your network in the last hour. "
                    + "Try again later.");
        }
        String problem = registration.problem();
        if (problem != null) {
            throw new RegistrationException(problem);
        }
        String username = registration.username().strip();
        if (accounts.existsByUsernameKey(UserAccount.key(username))) {
            throw new RegistrationException("That username is taken. Choose another one.");
        }
        try {
            accounts.saveAndFlush(new UserAccount(username, passwordEncoder.encode(registration.password()),
                    List.of(AppRoles.USER), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new RegistrationException("That username is taken. Choose another one.");
        }
        registrations.createdFrom(clientAddress);
    }

    /** Whether the signed-in person must choose a new password before anything else (a one-time password). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return accounts.findById(currentUser.requireId()).map(UserAccount::isMustChangePassword).orElse(false);
    }

    /**
     * Replaces the signed-in person's password, once they have given the current one. Their other sessions end and
     * every remember-me cookie of theirs stops working; the session that asked goes on.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changePassword(PasswordChange change) {
        UserAccount account = accounts.findById(currentUser.requireId()).orElseThrow();
        if (!isPasswordOf(account, change.current())) {
            throw new AccountException("That is not your current password. Your password is unchanged.");
        }
        String problem = change.problem(account.getUsername());
        if (problem != null) {
            throw new AccountException(problem);
        }
        account.changePassword(passwordEncoder.encode(change.replacement()), false);
        sessions.signOutEverywhere(account.getUsername());
    }

    /**
     * Deletes the signed-in person's account and everything kept of them, once they have confirmed it with their
     * password: every feature deletes its rows on {@link AccountClosing}, in this one transaction, so either all of
     * it goes or, when something fails, nothing does.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void deleteAccount(String password) {
        UserAccount account = accounts.findById(currentUser.requireId()).orElseThrow();
        if (!isPasswordOf(account, password)) {
            throw new AccountException("That is not your password. Nothing was deleted.");
        }
        events.publishEvent(new AccountClosing(account.getId()));
        accounts.delete(account);
        accounts.flush();
        sessions.signOutEverywhere(account.getUsername());
    }

    /** Whether the person typed this account's password (nothing typed never is). */
    private boolean isPasswordOf(UserAccount account, String typed) {
        return typed != null && !typed.isEmpty() && passwordEncoder.matches(typed, account.getPasswordHash());
    }
}
