package dev.rehearse.scheduling.fsrs;

import java.util.List;
import java.util.Objects;

/**
 * The FSRS-6 memory model for one set of {@link FsrsParameters}: retrievability, the memory state after a review,
 * and the interval until the next one. Immutable and safe to share between threads.
 *
 * <p>A port of fsrs-rs ({@code src/model.rs}: {@code step}, {@code power_forgetting_curve}, {@code next_interval};
 * {@code src/inference.rs}: {@code next_states}; {@code src/parameter_clipper.rs}) that also agrees with py-fsrs
 * 6.3.x ({@code fsrs/scheduler.py}). Where the two differ, it follows fsrs-rs:
 * <ul>
 *   <li>a same-day Hard keeps at least the stability it had, like Good and Easy (fsrs-rs since "Non-decreasing
 *       SInc(Hard) in same-day reviews", #376); py-fsrs only floors Good and Easy;</li>
 *   <li>weights out of range are clamped into range ({@code clip_parameters}); py-fsrs raises an error;</li>
 *   <li>stability is clamped to {@value #MIN_STABILITY}..{@value #MAX_STABILITY} days, and the previous state is
 *       clamped into range before use; py-fsrs only has the lower bound;</li>
 *   <li>intervals are rounded half away from zero ({@code interval.round().max(1.0)} in the fsrs-rs README);
 *       py-fsrs uses Python's {@code round}, which rounds exact halves to even.</li>
 * </ul>
 * It computes in {@code double}, as py-fsrs does; fsrs-rs computes in {@code f32}.
 */
public final class Fsrs {

    /** The least stability, in days (fsrs-rs {@code S_MIN}, py-fsrs {@code STABILITY_MIN}). */
    public static final double MIN_STABILITY = 0.001;

    /** The greatest stability, in days (fsrs-rs {@code S_MAX}). */
    public static final double MAX_STABILITY = 36500.0;

    /** The least difficulty (fsrs-rs {@code D_MIN}, py-fsrs {@code MIN_DIFFICULTY}). */
    public static final double MIN_DIFFICULTY = 1.0;

    /** The greatest difficulty (fsrs-rs {@code D_MAX}, py-fsrs {@code MAX_DIFFICULTY}). */
    public static final double MAX_DIFFICULTY = 10.0;

    /** The longest interval {@link #intervalDays} gives (py-fsrs's default {@code maximum_interval}). */
    public static final int MAX_INTERVAL_DAYS = 36500;

    /** The greatest initial stability, w[0] to w[3] (fsrs-rs {@code INIT_S_MAX}). */
    private static final double MAX_INITIAL_STABILITY = 100.0;

    /**
     * The upper bound of w[17] and w[18]. fsrs-rs derives it from the number of relearning steps, and
     * {@code FSRS::new} uses one step, for which it is 2.0 (py-fsrs has 2.0 as well).
     */
    private static final double MAX_SHORT_TERM_WEIGHT = 2.0;

    /**
     * The lower bound of w[19]. fsrs-rs raises it to 0.01 only while training with short-term reviews enabled;
     * {@code FSRS::new} clips with short-term disabled, so it is 0.0 (py-fsrs has 0.0 as well).
     */
    private static final double MIN_W19 = 0.0;

    /** Least value per weight (fsrs-rs {@code clip_parameters_in_place}, py-fsrs {@code LOWER_BOUNDS_PARAMETERS}) */
    private static final List<Double> LOWER_BOUNDS = List.of(
            MIN_STABILITY, MIN_STABILITY, MIN_STABILITY, MIN_STABILITY, MIN_DIFFICULTY,
            0.001, 0.001, 0.001, 0.0, 0.0, 0.001, 0.001, 0.001, 0.001, 0.0, 0.0, 1.0,
            0.0, 0.0, MIN_W19, 0.1);

    /** Greatest value per weight (fsrs-rs {@code clip_parameters_in_place}, py-fsrs {@code UPPER_BOUNDS_PARAMETERS}) */
    private static final List<Double> UPPER_BOUNDS = List.of(
            MAX_INITIAL_STABILITY, MAX_INITIAL_STABILITY, MAX_INITIAL_STABILITY, MAX_INITIAL_STABILITY,
            MAX_DIFFICULTY,
            4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0, 1.0, 6.0,
            MAX_SHORT_TERM_WEIGHT, MAX_SHORT_TERM_WEIGHT, 0.8, 0.8);

    private final FsrsParameters parameters;

    /** The weights as used: clamped into range. Never changed after construction, never handed out. */
    private final double[] w;

    /** Builds the model; weights out of their allowed range are clamped into it, as fsrs-rs does. */
    public Fsrs(FsrsParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
        this.w = clip(parameters.weights());
    }

    /** The parameters this model was built from, as given (before clamping). */
    public FsrsParameters parameters() {
        return parameters;
    }

    /**
     * The probability of recalling a card after some days, by the FSRS-6 power forgetting curve
     * {@code R(t, S) = (1 + factor * t / S) ^ -w[20]}, where {@code factor} makes {@code R(S, S) = 0.9}.
     *
     * @param elapsedDays days since the last review, not negative
     * @param stability the card's stability in days, positive
     * @throws IllegalArgumentException if elapsedDays is negative or stability is not positive, or either is not a
     *         finite number
     */
    public double retrievability(double elapsedDays, double stability) {
        if (!(elapsedDays >= 0) || elapsedDays == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("elapsed days must be a finite number, not negative, but was "
                    + elapsedDays);
        }
        requirePositiveStability(stability);
        return forgettingCurve(elapsedDays, stability, w[20]);
    }

    /**
     * The memory state after a review (fsrs-rs {@code step}).
     *
     * <ul>
     *   <li>First review ({@code previous} is null): the initial stability w[rating - 1] and the initial difficulty
     *       {@code w[4] - e^(w[5] * (rating - 1)) + 1}; elapsedDays is not used.</li>
     *   <li>Same-day review ({@code elapsedDays == 0}): the short-term stability
     *       {@code S * e^(w[17] * (rating - 3 + w[18])) * S^-w[19]}, where the multiplier is at least 1 for Hard,
     *       Good and Easy.</li>
     *   <li>Otherwise: for Again, the post-lapse stability, at most {@code S / e^(w[17] * w[18])}; for the others,
     *       the recall stability with the Hard penalty w[15] and the Easy bonus w[16].</li>
     * </ul>
     * Difficulty moves by {@code -w[6] * (rating - 3)}, damped linearly towards 10, then reverts by w[7] towards the
     * initial difficulty of Easy. Stability is clamped to {@value #MIN_STABILITY}..{@value #MAX_STABILITY} and
     * difficulty to {@value #MIN_DIFFICULTY}..{@value #MAX_DIFFICULTY}.
     *
     * @param previous the state after the previous review, or null for a card's first review
     * @param elapsedDays whole days since the previous review; 0 for a review on the same day
     * @param rating the answer given
     * @throws IllegalArgumentException if elapsedDays is negative
     * @throws NullPointerException if rating is null
     */
    public MemoryState next(MemoryState previous, int elapsedDays, Rating rating) {
        Objects.requireNonNull(rating, "rating must not be null");
        if (elapsedDays < 0) {
            throw new IllegalArgumentException("elapsed days must not be negative, but was " + elapsedDays);
        }
        if (previous == null) {
            return new MemoryState(
                    clamp(initialStability(rating), MIN_STABILITY, MAX_STABILITY),
                    clamp(initialDifficulty(rating), MIN_DIFFICULTY, MAX_DIFFICULTY));
        }
        double lastS = clamp(previous.stability(), MIN_STABILITY, MAX_STABILITY);
        double lastD = clamp(previous.difficulty(), MIN_DIFFICULTY, MAX_DIFFICULTY);

        double newS;
        if (elapsedDays == 0) {
            newS = shortTermStability(lastS, rating);
        } else {
            double r = forgettingCurve(elapsedDays, lastS, w[20]);
            newS = rating == Rating.AGAIN
                    ? stabilityAfterFailure(lastS, lastD, r)
                    : stabilityAfterSuccess(lastS, lastD, r, rating);
        }
        double newD = clamp(meanReversion(nextDifficulty(lastD, rating)), MIN_DIFFICULTY, MAX_DIFFICULTY);
        return new MemoryState(clamp(newS, MIN_STABILITY, MAX_STABILITY), newD);
    }

    /**
     * The whole days until the next review, so that the probability of recall is then the desired retention:
     * rounded to the nearest day (halves up), at least 1 and at most {@value #MAX_INTERVAL_DAYS}.
     *
     * @param stability the card's stability in days, positive
     * @throws IllegalArgumentException if stability is not a positive finite number
     */
    public int intervalDays(double stability) {
        requirePositiveStability(stability);
        long days = roundedInterval(interval(stability, parameters.desiredRetention(), w[20]));
        return (int) Math.min(days, MAX_INTERVAL_DAYS);
    }

    /**
     * The power forgetting curve for any decay (fsrs-rs {@code power_forgetting_curve} and
     * {@code current_retrievability}). Unchecked.
     *
     * @param decay w[20], positive; the curve's exponent is {@code -decay}
     */
    static double forgettingCurve(double elapsedDays, double stability, double decay) {
        return Math.pow(elapsedDays / stability * factor(decay) + 1.0, -decay);
    }

    /**
     * The interval in fractional days, unrounded and unbounded, at any retention (fsrs-rs {@code next_interval}):
     * the inverse of {@link #forgettingCurve}. Unchecked, so that tests can use retentions outside the range users
     * may choose.
     *
     * @param decay w[20], positive
     */
    static double interval(double stability, double retention, double decay) {
        return stability / factor(decay) * (Math.pow(retention, -1.0 / decay) - 1.0);
    }

    /**
     * Rounds an interval to whole days, at least 1, as the fsrs-rs README does ({@code interval.round().max(1.0)}):
     * halves round up. py-fsrs rounds halves to even; this follows fsrs-rs.
     */
    static long roundedInterval(double interval) {
        return Math.max(1L, Math.round(interval));
    }

    /** The weight w[index] as used, after clamping. */
    double weight(int index) {
        return w[index];
    }

    /** fsrs-rs {@code init_stability}: w[rating - 1]. */
    double initialStability(Rating rating) {
        return w[rating.grade() - 1];
    }

    /** fsrs-rs {@code init_difficulty}, unclamped: {@code w[4] - e^(w[5] * (rating - 1)) + 1}. */
    double initialDifficulty(Rating rating) {
        return w[4] - Math.exp(w[5] * (rating.grade() - 1)) + 1.0;
    }

    /** fsrs-rs {@code next_difficulty}: the change {@code -w[6] * (rating - 3)}, damped linearly, unclamped. */
    double nextDifficulty(double difficulty, Rating rating) {
        double delta = -w[6] * (rating.grade() - 3.0);
        return difficulty + linearDamping(delta, difficulty);
    }

    /** fsrs-rs {@code mean_reversion}: moves a difficulty by w[7] towards the initial difficulty of Easy. */
    double meanReversion(double difficulty) {
        return w[7] * (initialDifficulty(Rating.EASY) - difficulty) + difficulty;
    }

    /** fsrs-rs {@code stability_after_success}, with the Hard penalty w[15] and the Easy bonus w[16]. */
    double stabilityAfterSuccess(double stability, double difficulty, double retrievability, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w[15] : 1.0;
        double easyBonus = rating == Rating.EASY ? w[16] : 1.0;
        return stability * (Math.exp(w[8])
                * (11.0 - difficulty)
                * Math.pow(stability, -w[9])
                * (Math.exp((1.0 - retrievability) * w[10]) - 1.0)
                * hardPenalty
                * easyBonus
                + 1.0);
    }

    /**
     * fsrs-rs {@code stability_after_failure}: the long-term post-lapse stability, but no more than the stability
     * divided by {@code e^(w[17] * w[18])}, the FSRS-6 short-term bound.
     */
    double stabilityAfterFailure(double stability, double difficulty, double retrievability) {
        double longTerm = w[11]
                * Math.pow(difficulty, -w[12])
                * (Math.pow(stability + 1.0, w[13]) - 1.0)
                * Math.exp((1.0 - retrievability) * w[14]);
        double shortTermBound = stability / Math.exp(w[17] * w[18]);
        return Math.min(longTerm, shortTermBound);
    }

    /**
     * fsrs-rs {@code stability_short_term}: {@code S * e^(w[17] * (rating - 3 + w[18])) * S^-w[19]}, where the
     * multiplier is at least 1 for Hard, Good and Easy. py-fsrs ({@code _short_term_stability}) floors it for Good
     * and Easy only; this follows fsrs-rs (#376, "Non-decreasing SInc(Hard) in same-day reviews").
     */
    double shortTermStability(double stability, Rating rating) {
        double increase = Math.exp(w[17] * (rating.grade() - 3.0 + w[18])) * Math.pow(stability, -w[19]);
        return stability * (rating == Rating.AGAIN ? increase : Math.max(increase, 1.0));
    }

    /** The factor that makes the curve pass 90% at {@code t = S}: {@code 0.9^(-1/decay) - 1}. */
    private static double factor(double decay) {
        return Math.pow(0.9, -1.0 / decay) - 1.0;
    }

    private static double linearDamping(double delta, double difficulty) {
        return (10.0 - difficulty) * delta / 9.0;
    }

    private static double clamp(double value, double low, double high) {
        return Math.min(Math.max(value, low), high);
    }

    /** fsrs-rs {@code clip_parameters} as {@code FSRS::new} calls it: one relearning step, short-term disabled. */
    private static double[] clip(List<Double> weights) {
        double[] clipped = new double[weights.size()];
        for (int i = 0; i < clipped.length; i++) {
            clipped[i] = clamp(weights.get(i), LOWER_BOUNDS.get(i), UPPER_BOUNDS.get(i));
        }
        return clipped;
    }

    private static void requirePositiveStability(double stability) {
        if (!(stability > 0) || stability == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("stability must be a positive finite number, but was " + stability);
        }
    }
}
