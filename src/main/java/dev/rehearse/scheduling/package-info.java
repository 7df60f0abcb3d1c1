/**
 * Spaced repetition of questions. For now it holds the FSRS-6 memory model ({@code fsrs}), a pure package with no
 * Spring and no state; the memory state of each (person, question) pair, ratings and due reviews come next.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling")
package dev.rehearse.scheduling;
