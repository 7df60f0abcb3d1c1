package dev.rehearse.scheduling.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The values that fsrs-rs (open-spaced-repetition/fsrs-rs, version 6.6.1, commit 0cbb9d3) publishes in its tests.
 * fsrs-rs computes in {@code f32} and this port in {@code double}, so values are compared as fsrs-rs's own test
 * helper {@code assert_approx_eq} does ({@code src/test_helpers.rs}): within 1e-4.
 */
class FsrsRsReferenceTest {

    /** The tolerance of fsrs-rs {@code src/test_helpers.rs} {@code assert_approx_eq}. */
    private static final Offset<Double> F32 = within(1e-4);

    private final Fsrs fsrs = new Fsrs(FsrsParameters.defaults());

    /**
     * The FSRS-5 weights of fsrs-rs {@code src/inference.rs} {@code tests::PARAMETERS} (19 values), filled to 21 as
     * fsrs-rs {@code check_and_fill_parameters} does: w[19] = 0 and decay w[20] = 0.5 (FSRS5_DEFAULT_DECAY). With
     * these, the FSRS-6 formulas are FSRS-5's.
     */
    private static Fsrs fsrs5() {
        List<Double> weights = new ArrayList<>(List.of(0.6845422, 1.6790825, 4.7349424, 10.042885, 7.4410233,
                0.64219797, 1.071918, 0.0025195254, 1.432437, 0.1544, 0.8692766, 2.0696752, 0.0953, 0.2975,
                2.4691248, 0.19542035, 3.201072, 0.18046261, 0.121442534));
        weights.add(0.0);
        weights.add(0.5);
        return new Fsrs(new FsrsParameters(weights, 0.9));
    }

    private static MemoryState replay(Fsrs fsrs, int[] ratings, int[] elapsedDays) {
        MemoryState state = null;
        for (int i = 0; i < ratings.length; i++) {
            state = fsrs.next(state, elapsedDays[i], Rating.ofGrade(ratings[i]));
        }
        return state;
    }

    @Test
    void powerForgettingCurve() {
        // fsrs-rs src/model.rs, test_power_forgetting_curve
        double[] elapsedDays = {0, 1, 2, 3, 4, 5};
        double[] stability = {1, 2, 3, 4, 4, 2};
        double[] expected = {1.0, 0.9403443, 0.9253786, 0.9185229, 0.9, 0.8261359};

        for (int i = 0; i < expected.length; i++) {
            assertThat(fsrs.retrievability(elapsedDays[i], stability[i]))
                    .as("R(t=%s, S=%s)", elapsedDays[i], stability[i])
                    .isCloseTo(expected[i], within(1e-6));
        }
    }

    @Test
    void currentRetrievabilityForAnyDecay() {
        // fsrs-rs src/inference.rs, test_current_retrievability: S = 1, decay 0.2, t = 0..3
        double[] expected = {1.0, 0.9, 0.84028935, 0.7985001};

        for (int t = 0; t < expected.length; t++) {
            assertThat(Fsrs.forgettingCurve(t, 1.0, 0.2)).as("t=%s", t).isCloseTo(expected[t], within(1e-6));
        }
    }

    @Test
    void initialStabilityIsTheFirstFourWeights() {
        // fsrs-rs src/model.rs, test_init_stability
        assertThat(Rating.values()).extracting(fsrs::initialStability)
                .containsExactly(0.212, 1.2931, 2.3065, 8.2956);
    }

    @Test
    void initialDifficulty() {
        // fsrs-rs src/model.rs, test_init_difficulty: w[4] - e^(w[5] * (rating - 1)) + 1
        double w4 = 6.4133;
        double w5 = 0.8334;
        assertThat(Rating.values()).extracting(fsrs::initialDifficulty).containsExactly(
                w4, w4 - Math.exp(w5) + 1.0, w4 - Math.exp(2.0 * w5) + 1.0, w4 - Math.exp(3.0 * w5) + 1.0);
        assertThat(fsrs.next(null, 0, Rating.AGAIN)).isEqualTo(new MemoryState(0.212, 6.4133));
    }

    @Test
    void nextDifficultyAndMeanReversion() {
        // fsrs-rs src/model.rs, test_next_difficulty: from D = 5 for ratings 1..4
        double[] damped = {8.354889, 6.6774445, 5.0, 3.3225555};
        double[] reverted = {8.341763, 6.6659956, 4.990228, 3.3144615};

        for (Rating rating : Rating.values()) {
            double next = fsrs.nextDifficulty(5.0, rating);
            assertThat(next).as("next_difficulty %s", rating).isCloseTo(damped[rating.ordinal()], F32);
            assertThat(fsrs.meanReversion(next)).as("mean_reversion %s", rating)
                    .isCloseTo(reverted[rating.ordinal()], F32);
        }
    }

    @Test
    void nextStability() {
        // fsrs-rs src/model.rs, test_next_stability: S = 5, D = R's index + 1 (1..4), R = 0.9, 0.8, 0.7, 0.6
        double[] retrievability = {0.9, 0.8, 0.7, 0.6};
        double[] recall = {25.602541, 28.226582, 58.656002, 127.226685};
        double[] forget = {1.0525396, 1.1894329, 1.3680838, 1.584989};
        double[] shortTerm = {1.596818, 5.0, 5.0, 8.12961};

        for (Rating rating : Rating.values()) {
            int i = rating.ordinal();
            double difficulty = rating.grade();
            assertThat(fsrs.stabilityAfterSuccess(5.0, difficulty, retrievability[i], rating))
                    .as("stability_after_success %s", rating).isCloseTo(recall[i], F32);
            assertThat(fsrs.stabilityAfterFailure(5.0, difficulty, retrievability[i]))
                    .as("stability_after_failure %s", rating).isCloseTo(forget[i], F32);
            assertThat(fsrs.shortTermStability(5.0, rating))
                    .as("stability_short_term %s", rating).isCloseTo(shortTerm[i], F32);
        }
    }

    @Test
    void twoReviewsForEachRating() {
        // fsrs-rs src/model.rs, test_forward, as of commit 037345f ("update default parameters", #337) and until
        // ca31a0d (#411) replaced it by test_forward_matches_burn_oracle, which lists no values: the first review
        // (delta_t 0) with ratings 1, 2, 3, 4, 1, 2, then the same rating again after 1, 1, 1, 1, 2, 2 days.
        int[] ratings = {1, 2, 3, 4, 1, 2};
        int[] secondElapsedDays = {1, 1, 1, 1, 2, 2};
        double[] stability = {0.10088589, 3.2494123, 7.3153, 18.014914, 0.112798266, 4.4694576};
        double[] difficulty = {8.806304, 6.7404594, 2.1112142, 1.0, 8.806304, 6.7404594};

        for (int i = 0; i < ratings.length; i++) {
            Rating rating = Rating.ofGrade(ratings[i]);
            MemoryState state = fsrs.next(fsrs.next(null, 0, rating), secondElapsedDays[i], rating);

            assertThat(state.stability()).as("stability, case %s", i).isCloseTo(stability[i], F32);
            assertThat(state.difficulty()).as("difficulty, case %s", i).isCloseTo(difficulty[i], F32);
        }
    }

    @Test
    void memoryStateAfterAgainThenFiveGoods() {
        // fsrs-rs src/inference.rs, test_memory_state (helper assert_memory_state): ratings [1, 3, 3, 3, 3, 3] with
        // intervals [0, 0, 1, 3, 8, 21], each passed as days_elapsed to next_states, starting from None.
        MemoryState state = replay(fsrs, new int[] {1, 3, 3, 3, 3, 3}, new int[] {0, 0, 1, 3, 8, 21});

        assertThat(state.stability()).isCloseTo(53.62691, F32);
        assertThat(state.difficulty()).isCloseTo(6.3574867, F32);
    }

    @Test
    void memoryStateWithShortTermWeightsFrozen() {
        // fsrs-rs src/inference.rs, test_memory_state, second part: w[17] = w[18] = w[19] = 0
        List<Double> weights = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
        weights.set(17, 0.0);
        weights.set(18, 0.0);
        weights.set(19, 0.0);
        Fsrs frozen = new Fsrs(new FsrsParameters(weights, 0.9));

        MemoryState state = replay(frozen, new int[] {1, 3, 3, 3, 3, 3}, new int[] {0, 0, 1, 3, 8, 21});

        assertThat(state.stability()).isCloseTo(53.335106, F32);
        assertThat(state.difficulty()).isCloseTo(6.3574867, F32);
    }

    @Test
    void intervalsForStabilityOneAtRetentionsFromTenPercentToOne() {
        // fsrs-rs src/inference.rs, test_next_interval: next_interval(Some(1.0), r, 1).round().max(1.0) for
        // r = 0.1, 0.2, ..., 1.0
        long[] expected = {3116766, 34793, 2508, 387, 90, 27, 9, 3, 1, 1};

        // r = 0.1: fsrs-rs's f32 arithmetic gives 3116766; in double the interval is 3116768.63 (and so 3116769
        // days). The difference, 1e-6 of the value, is f32 rounding error; the other nine agree exactly.
        assertThat(Fsrs.interval(1.0, 0.1, 0.1542)).isCloseTo(expected[0], within(expected[0] * 2e-6));
        for (int i = 1; i < expected.length; i++) {
            double retention = (i + 1) / 10.0;
            assertThat(Fsrs.roundedInterval(Fsrs.interval(1.0, retention, 0.1542)))
                    .as("interval at retention %s", retention).isEqualTo(expected[i]);
        }
    }

    @Test
    void intervalOfStabilityOneIsOneDayAtNinetyPercentAndNinetyDaysAtFifty() {
        // fsrs-rs src/inference.rs, test_next_interval: the entries for r = 0.9 and r = 0.5
        assertThat(fsrs.intervalDays(1.0)).isEqualTo(1);
        assertThat(Fsrs.roundedInterval(Fsrs.interval(1.0, 0.5, fsrs.weight(20)))).isEqualTo(90);
    }

    @Test
    void memoryStateWithFsrs5Weights() {
        // fsrs-rs src/inference.rs, test_memo_state: ratings 1, 3, 3, 3, 3 after 0, 1, 3, 8, 21 days
        Fsrs fsrs5 = fsrs5();
        MemoryState state = replay(fsrs5, new int[] {1, 3, 3, 3, 3}, new int[] {0, 1, 3, 8, 21});

        assertThat(state.stability()).isCloseTo(31.722992, F32);
        assertThat(state.difficulty()).isCloseTo(7.382128, F32);

        // same test: next_states(Some(S 20.925528, D 7.005062), 0.9, 21).good.memory
        MemoryState good = fsrs5.next(new MemoryState(20.925528, 7.005062), 21, Rating.GOOD);
        assertThat(good.stability()).isCloseTo(40.87456, F32);
        assertThat(good.difficulty()).isCloseTo(6.9913807, F32);
    }

    @Test
    void nextStatesWithFsrs5Weights() {
        // fsrs-rs src/inference.rs, test_next_states: after ratings 1, 3, 3, 3 at 0, 1, 3, 8 days,
        // next_states(state, 0.9, 21) for Again, Hard, Good, Easy. With decay 0.5 the interval at 90% is the
        // stability itself.
        Fsrs fsrs5 = fsrs5();
        MemoryState state = replay(fsrs5, new int[] {1, 3, 3, 3}, new int[] {0, 1, 3, 8});
        double[] stability = {2.9691455, 17.091452, 31.722992, 71.7502};
        double[] difficulty = {8.000659, 7.6913934, 7.382128, 7.0728626};
        int[] days = {3, 17, 32, 72};

        for (Rating rating : Rating.values()) {
            int i = rating.ordinal();
            MemoryState next = fsrs5.next(state, 21, rating);

            assertThat(next.stability()).as("stability %s", rating).isCloseTo(stability[i], F32);
            assertThat(next.difficulty()).as("difficulty %s", rating).isCloseTo(difficulty[i], F32);
            assertThat(Fsrs.interval(next.stability(), 0.9, 0.5)).as("interval %s", rating)
                    .isCloseTo(stability[i], F32);
            assertThat(fsrs5.intervalDays(next.stability())).as("whole days %s", rating).isEqualTo(days[i]);
        }

        // same test: fsrs.next_interval(Some(121.01552), 0.9, 1) == 121.01551 (in f32)
        assertThat(Fsrs.interval(121.01552, 0.9, 0.5)).isCloseTo(121.01551, F32);
    }

    @Test
    void outOfRangeWeightsAreClampedAsFsrsRsClipsThem() {
        // fsrs-rs src/parameter_clipper.rs, test_parameter_clipper_works: the first nine weights
        // [0.0, -1000.0, 1000.0, 0.0, 1000.0, -1000.0, 1.0, 0.25, -0.1] become
        // [0.001, 0.001, 100.0, 0.001, 10.0, 0.001, 1.0, 0.25, 0.0]
        double[] given = {0.0, -1000.0, 1000.0, 0.0, 1000.0, -1000.0, 1.0, 0.25, -0.1};
        double[] clipped = {0.001, 0.001, 100.0, 0.001, 10.0, 0.001, 1.0, 0.25, 0.0};
        List<Double> weights = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
        for (int i = 0; i < given.length; i++) {
            weights.set(i, given[i]);
        }

        Fsrs clamped = new Fsrs(new FsrsParameters(weights, 0.9));

        for (int i = 0; i < clipped.length; i++) {
            assertThat(clamped.weight(i)).as("w[%s]", i).isEqualTo(clipped[i]);
        }
        for (int i = clipped.length; i < 21; i++) {
            assertThat(clamped.weight(i)).as("w[%s]", i).isEqualTo(FsrsParameters.DEFAULT_WEIGHTS.get(i));
        }
        assertThat(clamped.parameters().weights()).isEqualTo(weights);
    }
}
