package dev.rehearse.questionbank;

/**
 * One version of a question as it was given: what the interview shows and what the review compares with.
 * {@code questionId} is the file's stable id; {@code versionId} the content answered against.
 */
public record QuestionText(long versionId, String questionId, String title, TopicName topic, Difficulty difficulty,
        QuestionContent content) {

    /** The question as a candidate reads it: its title and its prompt. */
    public String questionText() {
        return title + "\n" + content.prompt();
    }
}
