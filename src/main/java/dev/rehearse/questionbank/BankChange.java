package dev.rehearse.questionbank;

import java.util.Objects;

/**
 * One question that a reload of the folder would add, change or retire: its id, its title (the file's, or the
 * bank's for a question whose file is gone), its topic folder, and a few words on what changes.
 */
public record BankChange(String id, String title, String topic, String note) {

    public BankChange {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        topic = topic == null ? "" : topic;
        note = note == null ? "" : note;
    }

    /** Such as {@code jwt-basics (security): new text}. */
    @Override
    public String toString() {
        return id + " (" + topic + ")" + (note.isEmpty() ? "" : ": " + note);
    }
}
