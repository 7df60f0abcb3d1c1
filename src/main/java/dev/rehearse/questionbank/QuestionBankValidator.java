package dev.rehearse.questionbank;

import dev.rehearse.questionbank.internal.QuestionFolderLoader;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The {@code --validate-questions=<dir>} command: checks a bank folder without starting the web app, prints one
 * line per problem and a summary, and returns the process exit code: 0 when the folder holds question files and has
 * no problem, 1 otherwise. A missing folder, or one with no question file, is a problem that names the folder.
 */
public final class QuestionBankValidator {

    public static final String ARGUMENT = "--validate-questions=";

    private QuestionBankValidator() {
    }

    public static int run(Path folder, PrintStream out) {
        BankLoadReport report = new QuestionFolderLoader().load(folder);
        report.problems().forEach(out::println);
        out.println(report.summary());
        return report.problems().isEmpty() ? 0 : 1;
    }
}
