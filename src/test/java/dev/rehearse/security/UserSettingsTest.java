package dev.rehearse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UserSettingsTest {

    @Test
    void desiredRetentionIsSeventyToNinetySevenPercentNinetyUnlessChosen() {
        assertThat(new UserSettings(100, false, false).desiredRetentionPercent()).isEqualTo(90);
        assertThat(new UserSettings(100, false, false, 70).desiredRetentionPercent()).isEqualTo(70);
        assertThat(new UserSettings(100, false, false, 97).withDarkTheme(true).desiredRetentionPercent()).isEqualTo(97);
        assertThatThrownBy(() -> new UserSettings(100, false, false, 69))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Desired retention must be between 70% and 97%.");
        assertThatThrownBy(() -> new UserSettings(100, false, false, 98))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
