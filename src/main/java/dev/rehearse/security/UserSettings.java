package dev.rehearse.security;

import java.util.List;

/**
 * A person's own settings: extra time applied to every limit (100 = none, 125, 150 or 200 percent), a hidden
 * countdown (time still enforced, shown on demand), and the dark theme.
 */
public record UserSettings(int extraTimePercent, boolean hiddenCountdown, boolean darkTheme) {

    public static final List<Integer> EXTRA_TIME_CHOICES = List.of(100, 125, 150, 200);
    public static final UserSettings DEFAULTS = new UserSettings(100, false, false);

    public UserSettings {
        if (!EXTRA_TIME_CHOICES.contains(extraTimePercent)) {
            throw new IllegalArgumentException("Extra time must be one of ×1, ×1.25, ×1.5 or ×2.");
        }
    }

    public UserSettings withDarkTheme(boolean dark) {
        return new UserSettings(extraTimePercent, hiddenCountdown, dark);
    }

    /** A limit with this person's extra time applied, in whole seconds. */
    public int apply(int seconds) {
        return (int) Math.round(seconds * extraTimePercent / 100.0);
    }
}
