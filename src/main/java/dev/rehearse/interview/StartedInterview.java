package dev.rehearse.interview;

import java.util.UUID;

/** A new interview: how many questions it got, and how many were asked for (fewer when fewer matched). */
public record StartedInterview(UUID id, int questionCount, int requestedCount) {

    public boolean gotFewerThanAsked() {
        return questionCount < requestedCount;
    }
}
