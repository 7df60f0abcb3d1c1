package dev.rehearse.interview;

/** One question of a running interview as the question list shows it. */
public record ItemStatus(int position, long itemId, String title, boolean answered, boolean closed, boolean current) {
}
