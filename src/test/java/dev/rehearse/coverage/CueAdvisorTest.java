package dev.rehearse.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.questionbank.BankProblem;
import dev.rehearse.questionbank.QuestionBankValidator;
import dev.rehearse.questionbank.QuestionFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validator's warnings on match phrases: shown with their line, never a reason to reject the file. */
class CueAdvisorTest {

    @TempDir
    Path dir;

    private List<BankProblem> advise(Path bank) {
        return new CueAdvisor().advise(QuestionFolder.read(bank).questions());
    }

    /** The sample question with one match list changed; returns its file. */
    private Path sampleWith(String matchList, String replacement) throws IOException {
        Path file = SampleBank.writeTo(dir).resolve("background/" + SampleBank.ID + ".md");
        Files.writeString(file, Files.readString(file).replace(matchList, replacement));
        return file;
    }

    @Test
    void aPhraseThatIsAWordOfTheQuestionIsReportedOnItsKeyPointsLine() throws IOException {
        Path file = sampleWith("match: [thread pool, threadpool]", "match: [thread pool, backgroundtasks]");

        assertThat(advise(dir)).extracting(BankProblem::toString).containsExactly(file
                + ":12: warning: key point 3: match phrase 'backgroundtasks' is a word of the question, so it is "
                + "ignored: use words that only an answer making this point would bring");
    }

    @Test
    void aKeyPointWithOnlyGenericWordsIsReported() throws IOException {
        Path file = sampleWith("match: [same process, lost on restart, celery]", "match: [in, is]");

        assertThat(advise(dir)).extracting(BankProblem::toString).containsExactly(file
                + ":10: warning: key point 2: every match phrase is a generic word ('in', 'is'), which answers use "
                + "without making the point: add a phrase that only this point's idea brings");
    }

    @Test
    void aKeyPointItsOwnModelAnswerDoesNotMakeIsReported() throws IOException {
        Path file = sampleWith("match: [after the response, once the response]", "match: [response is flushed]");

        assertThat(advise(dir)).extracting(BankProblem::toString).containsExactly(file
                + ":8: warning: key point 1: the model answer makes it by none of its match phrases (or only "
                + "denies them): use the words the model answer uses for this point");
    }

    @Test
    void warningsArePrintedButDoNotFailTheCheck() throws IOException {
        sampleWith("threadpool]", "threadpool, endpoint]");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = QuestionBankValidator.run(dir, new PrintStream(printed, true, StandardCharsets.UTF_8),
                new CueAdvisor());

        assertThat(exit).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains(":12: warning: key point 3: match phrase 'endpoint' is a word of the question")
                .contains("1 file, 1 question, 1 topic, 0 problems, 1 warning");
    }

    @Test
    void theBanksOwnFilesGetNoWarning() {
        assertThat(advise(Path.of("questions"))).extracting(BankProblem::toString).isEmpty();
    }
}
