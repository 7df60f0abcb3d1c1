package dev.rehearse.interview;

/** Mock: model answers stay hidden until the end. Practice: each model answer is shown after answering. */
public enum InterviewMode {
    MOCK,
    PRACTICE
}
