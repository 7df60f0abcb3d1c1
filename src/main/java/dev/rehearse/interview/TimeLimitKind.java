package dev.rehearse.interview;

/** Whether each question has its own deadline or the whole interview shares one. */
public enum TimeLimitKind {
    PER_QUESTION,
    WHOLE_INTERVIEW
}
