package dev.rehearse.questionbank;

import java.util.List;

/**
 * Advice for authors on questions that load but could be better, such as match phrases that cannot be trusted.
 * {@code --validate-questions} prints it as warnings: they do not make the command fail.
 */
@FunctionalInterface
public interface QuestionAdvisor {

    /** No advice at all. */
    QuestionAdvisor NONE = bank -> List.of();

    /** Warnings on the given questions (the whole folder, so that advice may compare questions). */
    List<BankProblem> advise(List<ParsedQuestion> bank);
}
