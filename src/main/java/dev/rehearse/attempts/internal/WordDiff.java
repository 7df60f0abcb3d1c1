package dev.rehearse.attempts.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import dev.rehearse.attempts.AttemptComparison.Change;
import dev.rehearse.attempts.AttemptComparison.Piece;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two texts with java-diff-utils (Myers' algorithm): the texts are cut into words and runs of
 * white space, white space compares equal to any white space, and the result is the later text in pieces, with
 * what the earlier one had and the later dropped in its place, marked removed.
 */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    private WordDiff() {
    }

    public static List<Piece> between(String earlier, String later) {
        List<String> from = tokens(earlier);
        List<String> to = tokens(later);
        Patch<String> patch = DiffUtils.diff(from, to, WordDiff::same);
        List<Piece> pieces = new ArrayList<>();
        int next = 0; // the next token of the later text not yet placed
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int at = delta.getTarget().getPosition();
            add(pieces, Change.KEPT, to.subList(next, at));
            add(pieces, Change.REMOVED, delta.getSource().getLines());
            add(pieces, Change.ADDED, delta.getTarget().getLines());
            next = at + delta.getTarget().size();
        }
        add(pieces, Change.KEPT, to.subList(next, to.size()));
        return pieces;
    }

    private static boolean same(String a, String b) {
        return a.equals(b) || (a.isBlank() && b.isBlank());
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Appends the tokens as one piece, joined to the previous one when it is of the same kind. */
    private static void add(List<Piece> pieces, Change change, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!pieces.isEmpty() && pieces.getLast().change() == change) {
            Piece last = pieces.removeLast();
            text = last.text() + text;
        }
        pieces.add(new Piece(change, text));
    }
}
