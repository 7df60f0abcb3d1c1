package dev.rehearse.security;

import java.util.List;

/**
 * A person's own settings: extra time applied to every limit (100 = none, 125, 150 or 200 percent), a hidden
 * countdown (time still enforced, shown on demand), the dark theme, and the desired retention of reviews: how
 * likely, in percent, they want to still recall an answer when its question comes back (70 to 97; higher means
 * more frequent reviews).
 */
public record UserSettings(int extraTimePercent, boolean hiddenCountdown, boolean darkTheme,
        int desiredRetentionPercent) {

    public static final List<Integer> EXTRA_TIME_CHOICES = List.of(100, 125, 150, 200);
    public static final int MIN_RETENTION_PERCENT = 70;
    public static final int MAX_RETENTION_PERCENT = 97;
    public static final int DEFAULT_RETENTION_PERCENT = 90;
    public static final UserSettings DEFAULTS = new UserSettings(100, false, false, DEFAULT_RETENTION_PERCENT);

    public UserSettings {
        if (!EXTRA_TIME_CHOICES.contains(extraTimePercent)) {
            throw new IllegalArgumentException("Extra time must be one of ×1, ×1.25, ×1.5 or ×2.");
        }
        if (desiredRetentionPercent < MIN_RETENTION_PERCENT || desiredRetentionPercent > MAX_RETENTION_PERCENT) {
            throw new IllegalArgumentException("Desired retention must be between %d%% and %d%%."
                    .formatted(MIN_RETENTION_PERCENT, MAX_RETENTION_PERCENT));
        }
    }

    /** Settings with the default desired retention. */
    public UserSettings(int extraTimePercent, boolean hiddenCountdown, boolean darkTheme) {
        this(extraTimePercent, hiddenCountdown, darkTheme, DEFAULT_RETENTION_PERCENT);
    }

    public UserSettings withDarkTheme(boolean dark) {
        return new UserSettings(extraTimePercent, hiddenCountdown, dark, desiredRetentionPercent);
    }

    /** A limit with this person's extra time applied, in whole seconds. */
    public int apply(int seconds) {
        return (int) Math.round(seconds * extraTimePercent / 100.0);
    }
}
