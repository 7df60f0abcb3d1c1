package dev.rehearse.interview;

import java.time.Instant;
import java.util.UUID;

/**
 * A question of an interview was closed: by the person, by its deadline, or by the server while nobody watched.
 * Its answer is final from now on.
 */
public record AnswerClosed(UUID interviewId, long ownerId, long itemId, long questionVersionId, ClosedBy closedBy,
        Instant closedAt) {
}
