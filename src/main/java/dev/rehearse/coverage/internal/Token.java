package dev.rehearse.coverage.internal;

/**
 * One word of a text: its lower-case form as written, its stem (so that "runs", "running" and "run" meet), where it
 * is in the text ({@code start} inclusive, {@code end} exclusive, in chars) and which sentence it belongs to.
 */
public record Token(String word, String stem, int start, int end, int sentence) {
}
