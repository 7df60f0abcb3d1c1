package dev.rehearse.questionbank;

/** A topic folder of the bank with its display name and how many active questions it has. */
public record Topic(String slug, String name, long questionCount) {
}
