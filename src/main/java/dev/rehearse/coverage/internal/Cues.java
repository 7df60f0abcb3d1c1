package dev.rehearse.coverage.internal;

import dev.rehearse.questionbank.KeyPoint;
import java.util.ArrayList;
import java.util.List;

/**
 * The match phrases of one key point, stemmed, without those that are words of the question itself (repeating the
 * question must not score), and where they occur in an answer.
 */
public final class Cues {

    private final List<List<String>> phrases;

    private Cues(List<List<String>> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    /** The point's phrases that do not occur in {@code question}; a phrase with no word at all is dropped too. */
    public static Cues of(KeyPoint point, AnalyzedText question) {
        List<List<String>> kept = new ArrayList<>();
        for (String phrase : point.match()) {
            List<String> stems = AnalyzedText.of(phrase).stems();
            if (!stems.isEmpty() && !question.containsPhrase(stems)) {
                kept.add(stems);
            }
        }
        return new Cues(kept);
    }

    public boolean isEmpty() {
        return phrases.isEmpty();
    }

    /** Every occurrence of any phrase in the answer, each marked as denied or not. */
    public List<Occurrence> findIn(AnalyzedText answer, int negationWindow) {
        List<Occurrence> found = new ArrayList<>();
        for (List<String> phrase : phrases) {
            for (int at = answer.indexOf(phrase, 0); at >= 0; at = answer.indexOf(phrase, at + 1)) {
                Token first = answer.tokens().get(at);
                Token last = answer.tokens().get(at + phrase.size() - 1);
                found.add(new Occurrence(first.start(), last.end(), Negation.denies(answer, at, negationWindow)));
            }
        }
        return found;
    }

    /** Where a phrase was found, in chars of the answer, and whether a negating word before it denies it. */
    public record Occurrence(int start, int end, boolean denied) {
    }
}
