package dev.rehearse.questionbank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --validate-questions=<dir>}: what it prints and the exit code a script or CI job sees. */
class QuestionBankValidatorTest {

    static final Path TEST_BANK = Path.of("src/test/resources/test-bank");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private int validate(Path folder) {
        return QuestionBankValidator.run(folder, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aGoodFolderExitsZeroWithItsSummary() {
        assertThat(validate(TEST_BANK)).isZero();
        assertThat(output()).isEqualTo("7 files, 7 questions, 3 topics, 0 problems" + System.lineSeparator());
    }

    @Test
    void aBrokenFileExitsNonZeroAndIsNamedWithItsLine() throws IOException {
        Files.createDirectories(dir.resolve("di"));
        Files.writeString(dir.resolve("di/one.md"), Files.readString(TEST_BANK.resolve("alpha/a-one.md"))
                .replace("id: a-one", "id: one").replaceFirst("difficulty: \\w+", "difficulty: spicy"));

        assertThat(validate(dir)).isEqualTo(1);
        assertThat(output()).contains(dir.resolve("di/one.md") + ":4: unknown difficulty 'spicy'")
                .contains("1 file, 0 questions, 0 topics, 1 problem");
    }

    @Test
    void aFileThatDoesNotSayWhereItsAnswerComesFromLoadsWithTwoWarnings() throws IOException {
        Files.createDirectories(dir.resolve("alpha"));
        Files.writeString(dir.resolve("alpha/a-one.md"), Files.readString(TEST_BANK.resolve("alpha/a-one.md"))
                .replaceAll("(?m)^(sources|verified): .*\\R", ""));

        assertThat(validate(dir)).isZero();
        assertThat(output()).contains(dir.resolve("alpha/a-one.md") + ":1: warning: no 'sources'")
                .contains(dir.resolve("alpha/a-one.md") + ":1: warning: no 'verified'")
                .contains("1 file, 1 question, 1 topic, 0 problems, 2 warnings");
    }

    @Test
    void aFolderWithNoQuestionFileExitsNonZeroAndNamesTheFolder() throws IOException {
        Files.createDirectories(dir.resolve("empty-topic"));
        Files.writeString(dir.resolve("README.md"), "# not a question");
        Files.writeString(dir.resolve("topics.yaml"), "empty-topic: Nothing here\n");

        assertThat(validate(dir)).isEqualTo(1);
        assertThat(output()).startsWith(dir.toAbsolutePath() + ": no question files in the question folder")
                .contains("0 files, 0 questions, 0 topics, 1 problem");
    }

    @Test
    void aMissingFolderExitsNonZeroAndNamesItInFull() {
        Path mistyped = Path.of("target/no-such-questions-folder");

        assertThat(validate(mistyped)).isEqualTo(1);
        assertThat(output()).startsWith(mistyped.toAbsolutePath() + ": question folder does not exist");
    }

    @Test
    void aLinkToAMissingFolderSaysWhereItPoints() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("bank"), dir.resolve("gone"));

        assertThat(validate(link)).isEqualTo(1);
        assertThat(output()).startsWith(link + ": question folder is a symbolic link to " + dir.resolve("gone")
                + ", which does not exist");
    }

    @Test
    void aFolderGivenAsALinkIsCheckedThroughIt() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("bank"), TEST_BANK.toAbsolutePath());

        assertThat(validate(link)).isZero();
        assertThat(output()).isEqualTo("7 files, 7 questions, 3 topics, 0 problems" + System.lineSeparator());
    }
}
