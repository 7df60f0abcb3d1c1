package dev.rehearse.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --score-answers=FILE.jsonl}: one output line per input line, in order, and an exit code for scripts. */
class ScoreAnswersCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new ScoreAnswersCommand(CoverageChecker.standard(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private List<String> printed() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private Path answers(String... lines) throws IOException {
        return Files.writeString(dir.resolve("answers.jsonl"), String.join("\n", lines) + "\n");
    }

    @Test
    void scoresEachAnswerAgainstTheKeyPointsInFileOrder() throws IOException {
        Path bank = SampleBank.writeTo(dir.resolve("bank"));
        Path file = answers(
                "{\"question\": \"bg-tasks-timing\", \"answer\": \"They run once the response has gone out, inside the same process, and a plain def task is put on the thread pool.\"}",
                "{\"question\": \"bg-tasks-timing\", \"answer\": \"no idea\"}");

        int exit = run("--score-answers=" + file, "--questions-dir=" + bank);

        assertThat(exit).isZero();
        assertThat(printed()).hasSize(2);
        assertThat(printed().get(0)).matches(
                "\\{\"question\":\"bg-tasks-timing\",\"covered\":\\[true,true,true],\"scores\":\\[0\\.\\d+,0\\.\\d+,0\\.\\d+]}");
        assertThat(printed().get(1)).matches(
                "\\{\"question\":\"bg-tasks-timing\",\"covered\":\\[false,false,false],\"scores\":\\[[0-9.]+,[0-9.]+,[0-9.]+]}");
    }

    @Test
    void aBadLineGetsAnErrorInItsPlaceAndTheExitCodeSaysSo() throws IOException {
        Path bank = SampleBank.writeTo(dir.resolve("bank"));
        Path file = answers(
                "{\"question\": \"no-such-question\", \"answer\": \"x\"}",
                "{\"question\": \"bg-tasks-timing\", \"answer\": \"after the response\"}",
                "this is not json",
                "{\"question\": \"bg-tasks-timing\"}",
                "[1, 2]",
                "");

        int exit = run("--score-answers=" + file, "--questions-dir=" + bank);

        assertThat(exit).isEqualTo(1);
        assertThat(printed()).hasSize(6);
        assertThat(printed().get(0)).isEqualTo("{\"line\":1,\"error\":\"unknown question id 'no-such-question'\"}");
        assertThat(printed().get(1)).startsWith("{\"question\":\"bg-tasks-timing\",\"covered\":[true,false,false]");
        assertThat(printed().get(2)).startsWith("{\"line\":3,\"error\":\"not valid JSON: ");
        assertThat(printed().get(3)).isEqualTo("{\"line\":4,\"error\":\"\\\"answer\\\" must be a string\"}");
        assertThat(printed().get(4)).startsWith("{\"line\":5,\"error\":\"expected a JSON object");
        assertThat(printed().get(5)).startsWith("{\"line\":6,\"error\":\"empty line");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Exception");
    }

    @Test
    void aMissingFileOrBankIsSaidInWordsWithItsOwnExitCode() throws IOException {
        assertThat(run("--score-answers=" + dir.resolve("nope.jsonl"))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nope.jsonl: no such file");

        Path file = answers("{\"question\": \"x\", \"answer\": \"y\"}");
        assertThat(run("--score-answers=" + file, "--questions-dir=" + dir.resolve("missing"))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nothing to score against");
        assertThat(printed()).isEmpty();
    }
}
