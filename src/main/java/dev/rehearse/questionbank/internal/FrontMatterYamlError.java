package dev.rehearse.questionbank.internal;

import dev.rehearse.questionbank.BankProblem;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Turns the YAML parser's error in a front matter into a problem on the right line of the file, with the parser's
 * own words and a hint in an author's terms for the mistakes people make: a colon inside a value, an indentation
 * that is off, a tab.
 */
final class FrontMatterYamlError {

    private static final String PREFIX = "bad YAML in front matter: ";
    static final String QUOTE_HINT = "A value on this line probably contains a colon (\": \"): put the whole value "
            + "in quotes, such as title: \"Depends: how it works\"";
    static final String INDENT_HINT = "Check the indentation of this line and the ones above it: indent with "
            + "spaces, give the items of one list the same depth, and write each field as name: value";
    static final String TAB_HINT = "YAML indents with spaces, not tabs: replace the tab on this line with spaces";
    static final String ALIAS = "an alias (*name) repeats a list or a set of fields, which front matter does not "
            + "allow: write the values out";
    static final String NESTING = "lists and fields are nested more than %d deep".formatted(BankYaml.MAX_NESTING);
    static final String DUPLICATE_HINT = "A field is written twice: keep one of them";
    /** How much of the YAML parser's own words a problem repeats (they can quote a value). */
    private static final int MAX_PROBLEM_SHOWN = 200;

    private FrontMatterYamlError() {
    }

    /**
     * @param frontLines     the lines between the two {@code ---} lines, as the parser read them
     * @param firstFileLine  the line of the file that the first of them is on
     */
    static BankProblem describe(String path, YAMLException error, String[] frontLines, int firstFileLine) {
        if (!(error instanceof MarkedYAMLException e)) {
            return new BankProblem(path, firstFileLine, PREFIX + unmarked(firstLine(error.getMessage())));
        }
        Mark mark = lineMark(e);
        String problem = shortened(firstLine(e.getProblem()));
        if (mark == null) {
            return new BankProblem(path, firstFileLine, PREFIX + problem);
        }
        String text = mark.getLine() < frontLines.length ? frontLines[mark.getLine()] : "";
        String hint = hint(problem, text, mark.getColumn());
        return new BankProblem(path, firstFileLine + mark.getLine(),
                PREFIX + problem + (hint == null ? "" : ". " + hint));
    }

    /**
     * The mark on the line where the mistake is. For a key without a colon, an unclosed quote or bracket the parser
     * notices only further down, and its context mark is where the key, quote or bracket began; otherwise the
     * problem mark is the line (the context of a block error is only where the enclosing block started).
     */
    private static Mark lineMark(MarkedYAMLException e) {
        String context = e.getContext() == null ? "" : e.getContext();
        boolean startsEarlier = context.startsWith("while scanning a simple key")
                || context.startsWith("while scanning a quoted scalar")
                || context.startsWith("while parsing a flow");
        if (startsEarlier && e.getContextMark() != null) {
            return e.getContextMark();
        }
        return e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    }

    /** The bounds of {@link BankYaml} in an author's words; they come without a line. */
    private static String unmarked(String message) {
        if (message.startsWith(BankYaml.ALIAS_PROBLEM)) {
            return ALIAS;
        }
        if (message.startsWith(BankYaml.NESTING_PROBLEM)) {
            return NESTING;
        }
        return shortened(message);
    }

    private static String shortened(String text) {
        return text.length() > MAX_PROBLEM_SHOWN ? text.substring(0, MAX_PROBLEM_SHOWN - 1) + "…" : text;
    }

    private static String hint(String problem, String line, int column) {
        if (problem.startsWith("found character '\\t")) {
            return TAB_HINT;
        }
        if (problem.startsWith("found duplicate key")) {
            return DUPLICATE_HINT;
        }
        if (problem.startsWith("mapping values are not allowed here")) {
            // a colon after the field's own one is inside the value; a field's own colon refused means it is
            // indented where no field can start
            String before = line.substring(0, Math.min(column, line.length()));
            return before.contains(": ") ? QUOTE_HINT : INDENT_HINT;
        }
        if (problem.startsWith("could not find expected ':'")
                || problem.startsWith("did not find expected key")
                || problem.startsWith("expected <block end>")) {
            return INDENT_HINT;
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
