package dev.rehearse.questionbank;

import java.util.List;
import java.util.Locale;

/**
 * One statement a good answer makes, with the phrases that show an answer made it (any one of them is enough,
 * compared without regard to case).
 */
public record KeyPoint(String text, List<String> match) {

    public static final int MAX_TEXT_LENGTH = 200;

    public KeyPoint {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a key point needs a text");
        }
        match = List.copyOf(match);
        if (match.isEmpty()) {
            throw new IllegalArgumentException("a key point needs at least one match phrase");
        }
    }

    /** Whether the given answer contains one of this point's phrases. */
    public boolean isMadeBy(String answer) {
        if (answer == null || answer.isBlank()) {
            return false;
        }
        String haystack = answer.toLowerCase(Locale.ROOT);
        return match.stream().anyMatch(phrase -> haystack.contains(phrase.toLowerCase(Locale.ROOT)));
    }
}
