package dev.rehearse.attempts;

import dev.rehearse.questionbank.QuestionText;
import dev.rehearse.review.SelfRating;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One closed answer to a question: when, against which version ({@code asked}, the text as it was then), what was
 * typed, the person's rating (null when not rated), which key points it made (the checker's verdict with the
 * person's corrections on top, in the order of the version's key points) and the time it took.
 */
public record Attempt(UUID interviewId, int position, Instant answeredAt, QuestionText asked, String answer,
        SelfRating rating, List<Boolean> made, int timeUsedSeconds, int timeLimitSeconds, boolean timedOut) {

    public Attempt {
        answer = answer == null ? "" : answer;
        made = List.copyOf(made);
    }

    public int pointsMade() {
        return (int) made.stream().filter(Boolean::booleanValue).count();
    }

    public int pointsTotal() {
        return made.size();
    }

    /** The texts of the key points this answer made. */
    public List<String> madePoints() {
        List<String> texts = asked.content().keyPoints().stream().map(k -> k.text()).toList();
        return java.util.stream.IntStream.range(0, Math.min(texts.size(), made.size()))
                .filter(made::get).mapToObj(texts::get).toList();
    }
}
