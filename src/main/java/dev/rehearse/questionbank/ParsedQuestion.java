package dev.rehearse.questionbank;

import java.util.List;
import java.util.Objects;

/**
 * One question file that passed every check: where it is ({@code id}, {@code topic}, {@code path}), how it is drawn
 * ({@link Metadata}), what it says ({@link QuestionContent}) and the hash of its text, which tells one version from another.
 */
public record ParsedQuestion(String id, String topic, Metadata metadata, QuestionContent content, String contentHash,
        String path) {

    public ParsedQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /**
     * The front-matter fields that describe a question: its title, its difficulty, its tags and the time to answer
     * (from {@code suggested_time}, or the difficulty's default).
     */
    public record Metadata(String title, Difficulty difficulty, List<String> tags, int suggestedSeconds) {

        public Metadata {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(difficulty, "difficulty");
            tags = List.copyOf(tags);
        }
    }
}
