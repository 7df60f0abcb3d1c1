package dev.rehearse.questionbank;

/** A question picked for an interview: the version to show and its suggested time. */
public record DrawnQuestion(long versionId, Difficulty difficulty, int suggestedSeconds) {
}
