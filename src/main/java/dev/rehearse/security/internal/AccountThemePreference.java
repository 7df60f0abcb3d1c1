package dev.rehearse.security.internal;

import dev.rehearse.base.ui.ThemePreference;
import dev.rehearse.security.AccountService;
import dev.rehearse.security.UserSettings;
import org.springframework.stereotype.Component;

/** The page frame's theme is the signed-in person's setting, remembered with their account. */
@Component
class AccountThemePreference implements ThemePreference {

    private final AccountService accounts;

    AccountThemePreference(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean dark() {
        return accounts.settings().darkTheme();
    }

    @Override
    public boolean toggle() {
        UserSettings now = accounts.settings();
        return accounts.changeSettings(now.withDarkTheme(!now.darkTheme())).darkTheme();
    }
}
