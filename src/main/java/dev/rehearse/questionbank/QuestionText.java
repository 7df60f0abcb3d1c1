package dev.rehearse.questionbank;

import java.util.List;

/** One version of a question as it was given: what the interview shows and what the review compares with. */
public record QuestionText(
        long versionId,
        String questionId,
        String title,
        String topic,
        String topicName,
        Difficulty difficulty,
        String prompt,
        String modelAnswer,
        List<KeyPoint> keyPoints) {

    public QuestionText {
        keyPoints = List.copyOf(keyPoints);
    }
}
