package dev.rehearse.interview;

import java.time.Instant;
import java.util.UUID;

/** An interview ended, every one of its questions closed; its review can be read from now on. */
public record InterviewFinished(UUID interviewId, long ownerId, Instant finishedAt) {
}
