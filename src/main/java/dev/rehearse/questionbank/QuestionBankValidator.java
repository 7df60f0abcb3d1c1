package dev.rehearse.questionbank;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code --validate-questions=<dir>} command: checks a bank folder without starting the web app, prints one
 * line per problem, then the warnings of {@link ProvenanceAdvisor} and of the given advisor
 * ({@code path:line: warning: ...}), then a summary, and returns the
 * process exit code: 0 when the folder holds question files and has no problem, 1 otherwise. Warnings do not change
 * it. A missing folder, or one with no question file, is a problem that names the folder.
 */
public final class QuestionBankValidator {

    public static final String ARGUMENT = "--validate-questions=";

    private QuestionBankValidator() {
    }

    public static int run(Path folder, PrintStream out) {
        return run(folder, out, QuestionAdvisor.NONE);
    }

    public static int run(Path folder, PrintStream out, QuestionAdvisor advisor) {
        BankLoadReport report = QuestionFolder.read(folder);
        report.problems().forEach(out::println);
        List<BankProblem> warnings = new ProvenanceAdvisor().and(advisor).advise(report.questions());
        warnings.forEach(out::println);
        out.println(report.summary() + (warnings.isEmpty() ? "" : ", " + warnings.size()
                + (warnings.size() == 1 ? " warning" : " warnings")));
        return report.problems().isEmpty() ? 0 : 1;
    }
}
