package dev.rehearse.scheduling.fsrs;

/**
 * What FSRS knows of a card's memory after a review.
 *
 * <p>Values out of the model's range are accepted here and clamped when the state is used, as fsrs-rs does: stability
 * to {@value Fsrs#MIN_STABILITY}..{@value Fsrs#MAX_STABILITY} days and difficulty to
 * {@value Fsrs#MIN_DIFFICULTY}..{@value Fsrs#MAX_DIFFICULTY}. A card that was never reviewed has no memory state:
 * pass {@code null} to {@link Fsrs#next}, not a state of zeros.
 *
 * @param stability the number of days after which the probability of recall falls to 90%
 * @param difficulty how hard the card is to remember, from 1 (easiest) to 10 (hardest)
 */
public record MemoryState(double stability, double difficulty) {

    /**
     * Checks that both values are numbers.
     *
     * @throws IllegalArgumentException if stability or difficulty is NaN or infinite
     */
    public MemoryState {
        if (!Double.isFinite(stability)) {
            throw new IllegalArgumentException("stability must be a finite number, but was " + stability);
        }
        if (!Double.isFinite(difficulty)) {
            throw new IllegalArgumentException("difficulty must be a finite number, but was " + difficulty);
        }
    }
}
