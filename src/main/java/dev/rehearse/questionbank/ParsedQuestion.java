package dev.rehearse.questionbank;

import java.util.List;

/** One question file that passed every check. */
public record ParsedQuestion(
        String id,
        String topic,
        String title,
        Difficulty difficulty,
        List<String> tags,
        int suggestedSeconds,
        List<KeyPoint> keyPoints,
        String prompt,
        String modelAnswer,
        String contentHash,
        String path) {

    public ParsedQuestion {
        tags = List.copyOf(tags);
        keyPoints = List.copyOf(keyPoints);
    }
}
