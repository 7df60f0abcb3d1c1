package dev.rehearse.coverage.internal;

import java.util.List;

/**
 * What the checker measured about one key point in one answer, before deciding.
 *
 * @param substring    the old check: a match phrase occurs anywhere, even inside a word or in a denial
 * @param cueMade      a match phrase (one not taken from the question) occurs as whole words and is not denied
 * @param cueDenied    match phrases occur, but every occurrence is denied
 * @param similarity   the best cosine similarity of an answer sentence with the key point's text
 * @param contradicts  that best sentence says the opposite: it denies where the key point does not (or the other
 *                     way round), or uses the opposite of one of its words ("before" for "after")
 * @param overlap      the largest share of the key point's content words (stemmed) found in one sentence
 * @param overlapDenied in that sentence, a negating word denies one of those words
 * @param cueSpans     where undenied match phrases are, in chars of the answer
 * @param overlapSpans where the key point's content words are in the sentence with the largest overlap
 */
public record PointFeatures(boolean substring, boolean cueMade, boolean cueDenied, double similarity,
        boolean contradicts, double overlap, boolean overlapDenied, List<Span> cueSpans, List<Span> overlapSpans) {

    public PointFeatures {
        cueSpans = List.copyOf(cueSpans);
        overlapSpans = List.copyOf(overlapSpans);
    }

    /** A stretch of the answer, {@code start} inclusive and {@code end} exclusive, in chars. */
    public record Span(int start, int end) {
    }
}
