/**
 * Spaced repetition of questions: the FSRS-6 memory model ({@code fsrs}, a pure package with no Spring and no state),
 * each person's memory card of every question they rated, replayed from their ratings, the coverage of their latest
 * answer to each question ({@link dev.rehearse.scheduling.AnswerCovered}), and from these what is due and what is
 * weak.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling")
package dev.rehearse.scheduling;
