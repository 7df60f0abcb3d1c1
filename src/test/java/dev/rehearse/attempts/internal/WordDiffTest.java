package dev.rehearse.attempts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.attempts.AttemptComparison.Change;
import dev.rehearse.attempts.AttemptComparison.Piece;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void wordsAddedAndDroppedAreMarkedWhereTheyStandAndTheRestIsKept() {
        List<Piece> pieces = WordDiff.between("Background tasks run before the response",
                "Background tasks run after the response is sent");

        assertThat(pieces).containsExactly(
                new Piece(Change.KEPT, "Background tasks run "),
                new Piece(Change.REMOVED, "before"),
                new Piece(Change.ADDED, "after"),
                new Piece(Change.KEPT, " the response"),
                new Piece(Change.ADDED, " is sent"));
    }

    @Test
    void theLaterTextReadsBackWholeFromItsKeptAndAddedPieces() {
        String earlier = "Use Depends.\nIt caches per request.";
        String later = "Use Depends with yield.\n\nIt caches the value per request, unless use_cache=False.";

        StringBuilder rebuilt = new StringBuilder();
        WordDiff.between(earlier, later).stream().filter(p -> p.change() != Change.REMOVED)
                .forEach(p -> rebuilt.append(p.text()));

        assertThat(rebuilt.toString()).isEqualTo(later);
    }

    @Test
    void aChangeOfSpacingAloneIsNotAChange() {
        assertThat(WordDiff.between("one two  three", "one two\nthree"))
                .containsExactly(new Piece(Change.KEPT, "one two\nthree"));
    }

    @Test
    void aFirstAnswerAfterAnEmptyOneIsAllAddedAndMarkupStaysText() {
        assertThat(WordDiff.between("", "<b>bold</b> claim"))
                .containsExactly(new Piece(Change.ADDED, "<b>bold</b> claim"));
        assertThat(WordDiff.between("same", "same")).containsExactly(new Piece(Change.KEPT, "same"));
        assertThat(WordDiff.between("", "")).isEmpty();
    }
}
