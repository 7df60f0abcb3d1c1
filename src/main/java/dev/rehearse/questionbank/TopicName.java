package dev.rehearse.questionbank;

/** A topic as a question shows it: the folder it lives in and the name people read. */
public record TopicName(String slug, String name) {
}
