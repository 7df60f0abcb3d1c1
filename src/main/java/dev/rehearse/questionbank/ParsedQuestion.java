package dev.rehearse.questionbank;

import java.util.List;
import java.util.Objects;

/**
 * One question file that passed every check: where it is ({@code id}, {@code topic}, {@code path}), how it is drawn
 * ({@link Metadata}), what it says ({@link Content}) and the hash of its text, which tells one version from another.
 */
public record ParsedQuestion(String id, String topic, Metadata metadata, Content content, String contentHash,
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

    /**
     * What an interview shows and a review compares with: the question, the model answer (both Markdown) and the key
     * points a good answer makes (written in the front matter, but part of what the question says).
     */
    public record Content(String prompt, String modelAnswer, List<KeyPoint> keyPoints) {

        public Content {
            Objects.requireNonNull(prompt, "prompt");
            Objects.requireNonNull(modelAnswer, "modelAnswer");
            keyPoints = List.copyOf(keyPoints);
        }
    }
}
