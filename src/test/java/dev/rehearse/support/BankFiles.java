package dev.rehearse.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small, valid question files into a bank folder for the sync tests. */
public final class BankFiles {

    private BankFiles() {
    }

    /** {@code <folder>/<topic>/<id>.md}, an easy question titled after its id, with the given model answer. */
    public static void write(Path folder, String topic, String id, String modelAnswer) throws IOException {
        Path file = folder.resolve(topic + "/" + id + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                ---
                id: %s
                title: Question %s
                difficulty: easy
                key_points:
                  - text: Names the answer
                    match: [answer]
                ---

                ## Question

                Question %s?

                ## Model answer

                %s
                """.formatted(id, id, id, modelAnswer));
    }
}
