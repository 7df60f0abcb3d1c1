package dev.rehearse.security;

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

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
            CurrentUser currentUser, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.currentUser = currentUser;
        this.events = events;
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

    /** Creates a user account; refuses with a readable message when the input is not acceptable. */
    @PreAuthorize("permitAll()")
    @Transactional
    public void register(Registration registration) {
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
        if (password == null || password.isEmpty() || !passwordEncoder.matches(password, account.getPasswordHash())) {
            throw new AccountException("That is not your password. Nothing was deleted.");
        }
        events.publishEvent(new AccountClosing(account.getId()));
        accounts.delete(account);
        accounts.flush();
    }
}
