package dev.rehearse.questionbank;

import java.util.List;

/**
 * One statement a good answer makes, with the phrases that show an answer made it. The coverage feature decides
 * whether an answer makes it.
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
}
