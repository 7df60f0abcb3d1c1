package dev.rehearse.questionbank;

/**
 * One version of a question as it was given: what the interview shows and what the review compares with.
 * {@code questionId} is the file's stable id; {@code versionId} the content answered against.
 */
public record QuestionText(long versionId, String questionId, String title, TopicName topic, Difficulty difficulty,
        QuestionContent content, QuestionKind kind, Provenance provenance) {

    public QuestionText {
        kind = kind == null ? QuestionKind.EXPLAIN : kind;
        provenance = provenance == null ? Provenance.NONE : provenance;
    }

    /** An explain question of unknown provenance. */
    public QuestionText(long versionId, String questionId, String title, TopicName topic, Difficulty difficulty,
            QuestionContent content) {
        this(versionId, questionId, title, topic, difficulty, content, QuestionKind.EXPLAIN, Provenance.NONE);
    }

    /** The question as a candidate reads it: its title and its prompt. */
    public String questionText() {
        return title + "\n" + content.prompt();
    }
}
