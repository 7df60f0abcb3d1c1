package dev.rehearse.coverage;

/** Words of an answer that made a key point: from {@code start} (inclusive) to {@code end} (exclusive), in chars. */
public record Highlight(int start, int end) {

    public Highlight {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("a highlight runs forwards from 0, not " + start + ".." + end);
        }
    }
}
