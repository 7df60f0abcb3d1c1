package dev.rehearse.questionbank;

import dev.rehearse.questionbank.internal.QuestionFolderLoader;
import java.nio.file.Path;

/** Reads a bank folder without the app or its database: for command-line tools. */
public final class QuestionFolder {

    private QuestionFolder() {
    }

    /** Every question of the folder that passes its checks, and the problems of those that do not. */
    public static BankLoadReport read(Path folder) {
        return new QuestionFolderLoader().load(folder);
    }
}
