package dev.rehearse.questionbank;

/**
 * A problem found in the question bank: in one file, shown as {@code path:line: message}, or about a folder as a
 * whole (a missing folder, a link loop), which has no line ({@link #NO_LINE}) and is shown as {@code path: message}.
 */
public record BankProblem(String path, int line, String message) {

    /** The line of a problem that is about a folder or a link rather than a line of a file. */
    public static final int NO_LINE = 0;

    /** A problem about a folder or a link as a whole, with no line to point at. */
    public static BankProblem withoutLine(String path, String message) {
        return new BankProblem(path, NO_LINE, message);
    }

    public boolean hasLine() {
        return line > NO_LINE;
    }

    @Override
    public String toString() {
        return hasLine() ? path + ":" + line + ": " + message : path + ": " + message;
    }
}
