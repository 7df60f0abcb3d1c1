package dev.rehearse.scheduling.fsrs;

import java.util.List;
import java.util.Objects;

/**
 * The settings of the FSRS-6 model: its 21 weights and the probability of recall that intervals aim for.
 *
 * <p>The weights are checked for their number and for being finite numbers only. Like fsrs-rs ({@code FSRS::new}),
 * {@link Fsrs} clamps each weight into its allowed range before use rather than rejecting it; py-fsrs rejects an
 * out-of-range weight instead.
 *
 * @param weights the 21 FSRS-6 weights, w[0] to w[20]; kept as an unmodifiable copy
 * @param desiredRetention the wanted probability of recall on the day a card falls due, from
 *         {@value #MIN_DESIRED_RETENTION} to {@value #MAX_DESIRED_RETENTION} inclusive
 */
public record FsrsParameters(List<Double> weights, double desiredRetention) {

    /** How many weights FSRS-6 has. */
    public static final int WEIGHT_COUNT = 21;

    /** The lowest desired retention accepted. */
    public static final double MIN_DESIRED_RETENTION = 0.70;

    /** The highest desired retention accepted. */
    public static final double MAX_DESIRED_RETENTION = 0.97;

    /** The desired retention of {@link #defaults()}. */
    public static final double DEFAULT_DESIRED_RETENTION = 0.9;

    /**
     * The default FSRS-6 weights, the same in fsrs-rs ({@code DEFAULT_PARAMETERS} in {@code src/inference.rs}) and
     * py-fsrs ({@code DEFAULT_PARAMETERS} in {@code fsrs/scheduler.py}).
     */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    /**
     * Checks the weights and the desired retention, and keeps an unmodifiable copy of the weights.
     *
     * @throws NullPointerException if weights is null
     * @throws IllegalArgumentException if there are not exactly 21 weights, a weight is null, NaN or infinite, or the
     *         desired retention is outside 0.70..0.97
     */
    public FsrsParameters {
        Objects.requireNonNull(weights, "weights must not be null");
        if (weights.size() != WEIGHT_COUNT) {
            throw new IllegalArgumentException("FSRS-6 needs exactly " + WEIGHT_COUNT + " weights, but got "
                    + weights.size());
        }
        for (int i = 0; i < WEIGHT_COUNT; i++) {
            Double weight = weights.get(i);
            if (weight == null || !Double.isFinite(weight)) {
                throw new IllegalArgumentException("weight w[" + i + "] must be a finite number, but was " + weight);
            }
        }
        if (!(desiredRetention >= MIN_DESIRED_RETENTION && desiredRetention <= MAX_DESIRED_RETENTION)) {
            throw new IllegalArgumentException("desired retention must be between " + MIN_DESIRED_RETENTION + " and "
                    + MAX_DESIRED_RETENTION + " inclusive, but was " + desiredRetention);
        }
        weights = List.copyOf(weights);
    }

    /** The default FSRS-6 weights with a desired retention of 0.9. */
    public static FsrsParameters defaults() {
        return new FsrsParameters(DEFAULT_WEIGHTS, DEFAULT_DESIRED_RETENTION);
    }

    /**
     * These weights with another desired retention.
     *
     * @throws IllegalArgumentException if the desired retention is outside 0.70..0.97
     */
    public FsrsParameters withDesiredRetention(double desiredRetention) {
        return new FsrsParameters(weights, desiredRetention);
    }
}
