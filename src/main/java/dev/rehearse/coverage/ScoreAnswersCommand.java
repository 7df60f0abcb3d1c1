package dev.rehearse.coverage;

import dev.rehearse.questionbank.BankLoadReport;
import dev.rehearse.questionbank.ParsedQuestion;
import dev.rehearse.questionbank.QuestionFolder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code --score-answers=FILE.jsonl} command: scores sample answers against the current key points of the bank
 * with the app's own checker, without starting the web app. Each input line is
 * {@code {"question": "<id>", "answer": "<text>"}}; each output line, in the same order, is
 * {@code {"question": "<id>", "covered": [...], "scores": [...]}} with one entry per key point in file order, or
 * {@code {"line": N, "error": "..."}} for a line that cannot be scored. The exit code is 0 when every line was
 * scored, 1 when some line could not be, 2 when the file or the bank cannot be read at all.
 */
public final class ScoreAnswersCommand {

    public static final String ARGUMENT = "--score-answers=";
    public static final String QUESTIONS_DIR = "--questions-dir=";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CoverageChecker checker;
    private final PrintStream out;
    private final PrintStream err;

    public ScoreAnswersCommand(CoverageChecker checker, PrintStream out, PrintStream err) {
        this.checker = checker;
        this.out = out;
        this.err = err;
    }

    /** The bank folder the app would read: {@code APP_QUESTIONS_DIR} when set, else {@code questions}. */
    public static Path defaultQuestionsDir() {
        String fromEnvironment = System.getenv("APP_QUESTIONS_DIR");
        return Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? "questions" : fromEnvironment);
    }

    /** Runs the command for the given arguments and returns the exit code. */
    public int run(String[] args) {
        Path file = null;
        Path questions = defaultQuestionsDir();
        for (String arg : args) {
            if (arg.startsWith(ARGUMENT)) {
                file = Path.of(arg.substring(ARGUMENT.length()));
            } else if (arg.startsWith(QUESTIONS_DIR)) {
                questions = Path.of(arg.substring(QUESTIONS_DIR.length()));
            }
        }
        if (file == null) {
            err.println("usage: --score-answers=FILE.jsonl [--questions-dir=DIR]");
            return 2;
        }
        return run(file, questions);
    }

    int run(Path file, Path questionsDir) {
        if (!Files.isRegularFile(file)) {
            err.println(file.toAbsolutePath() + ": no such file");
            return 2;
        }
        BankLoadReport bank = QuestionFolder.read(questionsDir);
        bank.problems().forEach(err::println);
        if (bank.questions().isEmpty()) {
            err.println(questionsDir.toAbsolutePath() + ": no question could be read, nothing to score against");
            return 2;
        }
        Map<String, ParsedQuestion> byId = bank.questions().stream()
                .collect(Collectors.toMap(ParsedQuestion::id, Function.identity()));
        boolean allScored = true;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                ObjectNode result;
                try {
                    result = score(line, byId);
                } catch (LineError e) {
                    result = JSON.createObjectNode().put("line", number).put("error", e.getMessage());
                    allScored = false;
                }
                out.println(JSON.writeValueAsString(result));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println(file.toAbsolutePath() + ": cannot be read as UTF-8 text (" + e.getMessage() + ")");
            return 2;
        }
        out.flush();
        return allScored ? 0 : 1;
    }

    private ObjectNode score(String line, Map<String, ParsedQuestion> byId) {
        if (line.isBlank()) {
            throw new LineError("empty line: expected a JSON object with \"question\" and \"answer\"");
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new LineError("not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new LineError("expected a JSON object with \"question\" and \"answer\"");
        }
        JsonNode id = node.get("question");
        JsonNode answer = node.get("answer");
        if (id == null || !id.isString()) {
            throw new LineError("\"question\" must be a question id as a string");
        }
        if (answer == null || !answer.isString()) {
            throw new LineError("\"answer\" must be a string");
        }
        ParsedQuestion question = byId.get(id.asString());
        if (question == null) {
            throw new LineError("unknown question id '" + id.asString() + "'");
        }
        Coverage coverage = checker.check(question.questionText(), question.content().keyPoints(), answer.asString());
        ObjectNode result = JSON.createObjectNode().put("question", question.id());
        ArrayNode covered = result.putArray("covered");
        ArrayNode scores = result.putArray("scores");
        for (PointCoverage p : coverage.points()) {
            covered.add(p.covered());
            scores.add(Math.round(p.score() * 1000) / 1000.0);
        }
        return result;
    }

    private static final class LineError extends RuntimeException {
        LineError(String message) {
            super(message, null, false, false);
        }
    }
}
