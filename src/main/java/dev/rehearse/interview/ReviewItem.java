package dev.rehearse.interview;

import dev.rehearse.questionbank.KeyPoint;
import dev.rehearse.questionbank.QuestionText;
import java.util.List;

/** One question of a finished interview: the answer beside what it is compared with. */
public record ReviewItem(
        int position,
        QuestionText question,
        String answer,
        String lateText,
        int timeUsedSeconds,
        int timeLimitSeconds,
        boolean timedOut) {

    /** The key points of the model answer that this answer's words show. */
    public List<KeyPoint> pointsMade() {
        return question.keyPoints().stream().filter(k -> k.isMadeBy(answer)).toList();
    }
}
