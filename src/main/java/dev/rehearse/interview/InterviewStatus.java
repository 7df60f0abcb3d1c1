package dev.rehearse.interview;

public enum InterviewStatus {
    OPEN,
    FINISHED
}
