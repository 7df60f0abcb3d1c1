package dev.rehearse.attempts;

import java.util.List;

/**
 * A later answer against an earlier one: the later text as a sequence of pieces, each kept from the earlier
 * answer, added since, or removed since (shown struck out where it stood), and the key points the later answer
 * made that the earlier did not ({@code gained}) and the other way round ({@code lost}), by their text.
 */
public record AttemptComparison(Attempt earlier, Attempt later, List<Piece> pieces, List<String> gained,
        List<String> lost) {

    public AttemptComparison {
        pieces = List.copyOf(pieces);
        gained = List.copyOf(gained);
        lost = List.copyOf(lost);
    }

    public enum Change { KEPT, ADDED, REMOVED }

    /** A run of words with what happened to it; {@code text} keeps the spaces and line breaks it had. */
    public record Piece(Change change, String text) {
    }
}
