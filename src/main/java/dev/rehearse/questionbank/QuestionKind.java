package dev.rehearse.questionbank;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a question asks the candidate to do: explain an idea, read code and say what it does, find the bug in a
 * snippet, or sketch a design. Written in a file as {@code kind: spot-the-bug}; a file without it explains.
 */
public enum QuestionKind {
    EXPLAIN("explain", "Explain"),
    CODE_READING("code-reading", "Code reading"),
    SPOT_THE_BUG("spot-the-bug", "Spot the bug"),
    DESIGN("design", "Design");

    private final String fileValue;
    private final String label;

    QuestionKind(String fileValue, String label) {
        this.fileValue = fileValue;
        this.label = label;
    }

    public String fileValue() {
        return fileValue;
    }

    public String label() {
        return label;
    }

    public static Optional<QuestionKind> fromFileValue(String value) {
        return Arrays.stream(values()).filter(k -> k.fileValue.equals(value)).findFirst();
    }
}
