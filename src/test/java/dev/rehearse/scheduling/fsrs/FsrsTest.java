package dev.rehearse.scheduling.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model's bounds, its rejection of bad input, and where it follows fsrs-rs rather than py-fsrs. */
class FsrsTest {

    private final Fsrs fsrs = new Fsrs(FsrsParameters.defaults());

    @Test
    void theFirstReviewGivesTheInitialStateWhateverTheElapsedDays() {
        for (Rating rating : Rating.values()) {
            MemoryState first = fsrs.next(null, 0, rating);

            assertThat(first.stability()).isEqualTo(FsrsParameters.DEFAULT_WEIGHTS.get(rating.grade() - 1));
            assertThat(first.difficulty()).isEqualTo(Math.clamp(fsrs.initialDifficulty(rating), 1.0, 10.0));
            assertThat(fsrs.next(null, 30, rating)).isEqualTo(first);
        }
        // the initial difficulty of Easy, 6.4133 - e^(3 * 0.8334) + 1, is below 1 and so clamped
        assertThat(fsrs.next(null, 0, Rating.EASY).difficulty()).isEqualTo(1.0);
    }

    @Test
    void aSameDayHardKeepsTheStabilityAsFsrsRsDoesNotAsPyFsrsDoes() {
        // fsrs-rs src/model.rs stability_short_term floors the multiplier at 1 for rating >= 2 since #376
        // ("Non-decreasing SInc(Hard) in same-day reviews"); py-fsrs _short_term_stability only for Good and Easy.
        // Before #376, fsrs-rs test_next_stability listed 2.7470093 for Hard from S = 5 (commit 037345f), which is
        // what py-fsrs still gives.
        MemoryState state = new MemoryState(5.0, 5.0);

        assertThat(fsrs.next(state, 0, Rating.HARD).stability()).isEqualTo(5.0);
        double unfloored = 5.0 * Math.exp(0.5425 * (2 - 3 + 0.0912)) * Math.pow(5.0, -0.0658);
        assertThat(unfloored).isCloseTo(2.7470093, within(1e-4));
        assertThat(fsrs.next(state, 0, Rating.AGAIN).stability()).isCloseTo(1.596818, within(1e-4));
    }

    @Test
    void aLapseNeverRaisesStabilityAboveTheShortTermBound() {
        // FSRS-6: post-lapse stability is at most S / e^(w[17] * w[18])
        MemoryState strong = new MemoryState(3.0, 1.0);

        MemoryState lapsed = fsrs.next(strong, 1000, Rating.AGAIN);

        assertThat(lapsed.stability()).isLessThanOrEqualTo(3.0 / Math.exp(0.5425 * 0.0912) + 1e-12);
    }

    @Test
    void stabilityIsClampedToItsUpperBound() {
        MemoryState huge = fsrs.next(new MemoryState(36000.0, 1.0), 36000, Rating.EASY);

        assertThat(huge.stability()).isEqualTo(Fsrs.MAX_STABILITY);
    }

    @Test
    void aPreviousStateOutOfRangeIsClampedBeforeUse() {
        // fsrs-rs step clamps last_s to 0.001..36500 and last_d to 1..10
        assertThat(fsrs.next(new MemoryState(-3.0, 42.0), 2, Rating.GOOD))
                .isEqualTo(fsrs.next(new MemoryState(0.001, 10.0), 2, Rating.GOOD));
    }

    @Test
    void difficultyStaysWithinOneToTen() {
        MemoryState state = fsrs.next(null, 0, Rating.AGAIN);
        for (int i = 0; i < 50; i++) {
            state = fsrs.next(state, 1, Rating.AGAIN);
        }
        assertThat(state.difficulty()).isLessThanOrEqualTo(10.0).isGreaterThan(9.0);
    }

    @Test
    void intervalsAreAtLeastOneDayAndAtMostOneHundredYears() {
        assertThat(fsrs.intervalDays(0.001)).isEqualTo(1);
        assertThat(fsrs.intervalDays(36500.0)).isEqualTo(36500);
        Fsrs relaxed = new Fsrs(FsrsParameters.defaults().withDesiredRetention(0.7));
        assertThat(relaxed.intervalDays(36500.0)).isEqualTo(Fsrs.MAX_INTERVAL_DAYS);
    }

    @Test
    void theIntervalAtTheDesiredRetentionBringsRetrievabilityToIt() {
        Fsrs fsrs = new Fsrs(FsrsParameters.defaults().withDesiredRetention(0.8));
        double exact = Fsrs.interval(10.0, 0.8, 0.1542);

        assertThat(fsrs.retrievability(exact, 10.0)).isCloseTo(0.8, within(1e-12));
        assertThat(fsrs.intervalDays(10.0)).isEqualTo(Math.round(exact));
    }

    @Test
    void halfDaysRoundUpAsInFsrsRs() {
        // fsrs-rs README: interval.round().max(1.0); Rust rounds halves away from zero, Python's round to even
        assertThat(Fsrs.roundedInterval(2.5)).isEqualTo(3);
        assertThat(Fsrs.roundedInterval(3.5)).isEqualTo(4);
        assertThat(Fsrs.roundedInterval(0.4)).isEqualTo(1);
    }

    @Test
    void negativeElapsedDaysAreRejected() {
        MemoryState state = new MemoryState(5.0, 5.0);

        assertThatThrownBy(() -> fsrs.next(state, -1, Rating.GOOD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("elapsed days must not be negative, but was -1");
        assertThatThrownBy(() -> fsrs.next(null, -1, Rating.GOOD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("elapsed days must not be negative, but was -1");
    }

    @Test
    void aMissingRatingIsRejected() {
        assertThatThrownBy(() -> fsrs.next(null, 0, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("rating must not be null");
    }

    @Test
    void retrievabilityRejectsNegativeDaysAndNonPositiveStability() {
        assertThatThrownBy(() -> fsrs.retrievability(-0.5, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("elapsed days must be a finite number, not negative, but was -0.5");
        assertThatThrownBy(() -> fsrs.retrievability(Double.NaN, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("elapsed days must be a finite number, not negative, but was NaN");
        assertThatThrownBy(() -> fsrs.retrievability(1.0, 0.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stability must be a positive finite number, but was 0.0");
    }

    @Test
    void intervalDaysRejectsNonPositiveStability() {
        assertThatThrownBy(() -> fsrs.intervalDays(-1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stability must be a positive finite number, but was -1.0");
        assertThatThrownBy(() -> fsrs.intervalDays(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stability must be a positive finite number, but was Infinity");
    }

    @Test
    void aMemoryStateMustHoldNumbers() {
        assertThatThrownBy(() -> new MemoryState(Double.NaN, 5.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stability must be a finite number, but was NaN");
        assertThatThrownBy(() -> new MemoryState(5.0, Double.NEGATIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("difficulty must be a finite number, but was -Infinity");
    }

    @Test
    void aModelNeedsParameters() {
        assertThatThrownBy(() -> new Fsrs(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("parameters must not be null");
    }

    @Test
    void theDefaultWeightsAreAllWithinRangeSoNoneIsClamped() {
        for (int i = 0; i < 21; i++) {
            assertThat(fsrs.weight(i)).as("w[%s]", i).isEqualTo(FsrsParameters.DEFAULT_WEIGHTS.get(i));
        }
    }

    @Test
    void shortTermWeightsAboveTwoAreClampedToTwo() {
        // fsrs-rs clip_parameters_in_place with one relearning step: w[17], w[18] in 0..2; w[19] in 0..0.8
        List<Double> weights = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
        weights.set(17, 5.0);
        weights.set(18, -1.0);
        weights.set(19, 0.9);
        weights.set(20, 0.05);

        Fsrs clamped = new Fsrs(new FsrsParameters(weights, 0.9));

        assertThat(clamped.weight(17)).isEqualTo(2.0);
        assertThat(clamped.weight(18)).isEqualTo(0.0);
        assertThat(clamped.weight(19)).isEqualTo(0.8);
        assertThat(clamped.weight(20)).isEqualTo(0.1);
    }
}
