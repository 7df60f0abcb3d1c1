package dev.rehearse.questionbank;

import java.util.List;
import java.util.Objects;

/**
 * What a question says: the question and the model answer (both Markdown) and the key points a good answer makes
 * (written in the front matter, but part of what the question says).
 */
public record QuestionContent(String prompt, String modelAnswer, List<KeyPoint> keyPoints) {

    public QuestionContent {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(modelAnswer, "modelAnswer");
        keyPoints = List.copyOf(keyPoints);
    }
}
