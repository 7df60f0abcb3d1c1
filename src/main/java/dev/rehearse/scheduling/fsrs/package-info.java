/**
 * A pure FSRS-6 memory model: how stability and difficulty change after a review, how likely a card is to be
 * recalled after some days, and how many days to wait for a wanted recall probability.
 *
 * <p>This is a port of the open-spaced-repetition reference implementations, fsrs-rs ({@code src/model.rs},
 * {@code src/inference.rs}, {@code src/parameter_clipper.rs}) and py-fsrs 6.3.x ({@code fsrs/scheduler.py}). Where
 * the two differ, this port follows fsrs-rs, and the code says so where it happens. Unlike fsrs-rs, which computes in
 * {@code f32}, this port computes in {@code double}, as py-fsrs does, so results agree with fsrs-rs to about six
 * significant digits and with py-fsrs to rounding error.
 *
 * <p>Learning steps in minutes, fuzzing of intervals and parameter optimisation are out of scope: the model works in
 * whole days, and a review on the day of the previous one counts as zero elapsed days.
 */
package dev.rehearse.scheduling.fsrs;
