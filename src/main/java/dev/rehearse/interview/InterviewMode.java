package dev.rehearse.interview;

/** Mock: model answers stay hidden until the end. Practice: each model answer is shown after answering. */
public enum InterviewMode {
    MOCK,
    PRACTICE;

    /**
     * Practice mode shows each closed answer beside its model answer, and the next question waits (its clock with
     * it) until the person has read it and goes on.
     */
    public boolean revealsEachAnswer() {
        return this == PRACTICE;
    }
}
