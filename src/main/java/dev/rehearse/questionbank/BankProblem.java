package dev.rehearse.questionbank;

/** A problem found in one file of the question bank, shown as {@code path:line: message}. */
public record BankProblem(String path, int line, String message) {

    @Override
    public String toString() {
        return path + ":" + line + ": " + message;
    }
}
