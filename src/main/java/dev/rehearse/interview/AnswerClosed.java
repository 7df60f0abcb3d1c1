package dev.rehearse.interview;

import java.time.Instant;
import java.util.UUID;

/**
 * A question of an interview was closed: by the person, by its deadline, or by the server while nobody watched.
 * Its answer is final from now on. {@code position} is the question's place in the interview, from 1.
 */
public record AnswerClosed(UUID interviewId, long ownerId, int position, long questionVersionId, ClosedBy closedBy,
        Instant closedAt) {
}
