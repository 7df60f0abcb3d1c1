package dev.rehearse.questionbank;

import java.util.List;
import java.util.Objects;

/**
 * One question file that passed every check: where it is ({@code id}, {@code topic}, {@code path}), how it is drawn
 * ({@link Metadata}), what it says ({@link QuestionContent}), the hash of its text, which tells one version from another,
 * and the line of the file each key point starts on (for messages to authors).
 */
public record ParsedQuestion(String id, String topic, Metadata metadata, QuestionContent content, String contentHash,
        String path, List<Integer> keyPointLines) {

    public ParsedQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentHash, "contentHash");
        keyPointLines = List.copyOf(keyPointLines);
        if (keyPointLines.size() != content.keyPoints().size()) {
            throw new IllegalArgumentException("one line per key point");
        }
    }

    /** The question as a candidate reads it: its title and its prompt. */
    public String questionText() {
        return metadata.title() + "\n" + content.prompt();
    }

    /**
     * The front-matter fields that describe a question: its title, its difficulty, its tags, the time to answer
     * (from {@code suggested_time}, or the difficulty's default), its kind, and where its answer comes from
     * ({@code sources} and {@code verified}).
     */
    public record Metadata(String title, Difficulty difficulty, List<String> tags, int suggestedSeconds,
            QuestionKind kind, Provenance provenance) {

        public Metadata {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(difficulty, "difficulty");
            tags = List.copyOf(tags);
            kind = kind == null ? QuestionKind.EXPLAIN : kind;
            provenance = provenance == null ? Provenance.NONE : provenance;
        }
    }
}
