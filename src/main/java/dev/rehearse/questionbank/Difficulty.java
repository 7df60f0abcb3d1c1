package dev.rehearse.questionbank;

import java.util.Locale;
import java.util.Optional;

/** How hard a question is; it also sets the default time to answer when a question suggests none. */
public enum Difficulty {
    EASY("Easy", 180),
    MEDIUM("Medium", 300),
    HARD("Hard", 480);

    private final String label;
    private final int defaultSeconds;

    Difficulty(String label, int defaultSeconds) {
        this.label = label;
        this.defaultSeconds = defaultSeconds;
    }

    public String label() {
        return label;
    }

    public int defaultSeconds() {
        return defaultSeconds;
    }

    /** The value as written in a question file: easy, medium or hard. */
    public String fileValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Difficulty> fromFileValue(String value) {
        for (Difficulty d : values()) {
            if (d.fileValue().equals(value)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
