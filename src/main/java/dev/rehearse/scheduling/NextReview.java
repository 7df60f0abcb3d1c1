package dev.rehearse.scheduling;

import java.time.Instant;

/** When a question comes back for review: its due time and how many days from today (UTC) that is, 0 if due. */
public record NextReview(Instant due, int inDays) {

    /** "today", "tomorrow" or "in 5 days". */
    public String whenInWords() {
        return switch (inDays) {
            case 0 -> "today";
            case 1 -> "tomorrow";
            default -> "in " + inDays + " days";
        };
    }
}
