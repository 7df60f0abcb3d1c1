package dev.rehearse.questionbank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.questionbank.internal.QuestionBankSync;
import dev.rehearse.questionbank.internal.QuestionFolderLoader;
import dev.rehearse.questionbank.internal.SyncOutcome;
import dev.rehearse.support.BankFiles;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.TestUsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A wrong folder cannot empty the bank: a sync that would retire every question, or most of a bank, is refused and
 * leaves the bank as it was, while removing a file on purpose still retires it.
 */
@IntegrationTest
@TestPropertySource(properties = "app.questions.dir=" + QuestionBankGuardTest.MISSING)
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class QuestionBankGuardTest {

    static final String MISSING = "target/no-bank-for-guard-test";
    static final String TOPIC = "guard";
    static final List<String> IDS = IntStream.rangeClosed(1, 10).mapToObj(i -> "guard-q" + i).toList();

    /** What the start-up sync did: this context starts on an empty database with a folder that does not exist. */
    static SyncOutcome startUp;

    @Autowired
    TestUsers users;
    @Autowired
    QuestionBankSync sync;
    @Autowired
    QuestionBankService bank;

    @TempDir
    Path dir;

    @BeforeAll
    static void rememberTheStartUpSync(@Autowired QuestionBankSync sync) {
        startUp = sync.lastOutcome();
    }

    /** Ten questions in the folder and in the bank, and no other question active. */
    @BeforeEach
    void aBankOfTen() throws IOException {
        for (String id : IDS) {
            BankFiles.write(dir, TOPIC, id, "The answer of " + id + ".");
        }
        assertThat(sync.apply(new QuestionFolderLoader().load(dir), true).applied()).isTrue();
        assertThat(drawnIds()).containsExactlyInAnyOrderElementsOf(IDS);
    }


    private SyncOutcome sync(Path folder) {
        return sync.apply(new QuestionFolderLoader().load(folder));
    }

    /** The question ids an interview can draw now. */
    private List<String> drawnIds() {
        return drawnTexts().stream().map(QuestionText::questionId).toList();
    }

    private List<QuestionText> drawnTexts() {
        return users.as(users.someone(), () -> bank.draw(Set.of(TOPIC), Set.of(), 100).stream()
                .map(d -> bank.text(d.versionId())).toList());
    }

    @Test
    void theFirstStartOnAnEmptyDatabaseWithNoFolderLoadsNothingAndGoesOn() {
        assertThat(startUp.status()).isEqualTo(SyncOutcome.Status.APPLIED);
        assertThat(startUp.active()).isZero();
        assertThat(startUp.added()).isZero();
    }

    @Test
    void aMissingFolderAtStartUpKeepsTheBankAndTheErrorSaysWhereAndWhatToDo(CapturedOutput log) {
        SyncOutcome outcome = sync.syncFromFolder();

        assertThat(outcome.status()).isEqualTo(SyncOutcome.Status.REFUSED);
        assertThat(outcome.retired()).isZero();
        assertThat(drawnIds()).containsExactlyInAnyOrderElementsOf(IDS);
        String absolute = Path.of(MISSING).toAbsolutePath().toString();
        assertThat(log.getOut()).contains("ERROR")
                .contains(absolute + ": question folder does not exist; check app.questions.dir (set to '"
                        + MISSING + "')")
                .contains("Question bank NOT synced: the folder " + absolute + " has files for 0 of the 10 active "
                        + "questions, so syncing it would retire 10 of them")
                .contains("check app.questions.dir")
                .contains("start once with app.questions.allow-mass-retire=true");
    }

    @Test
    void anEmptyFolderRetiresNothing() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        SyncOutcome outcome = sync(empty);

        assertThat(outcome.status()).isEqualTo(SyncOutcome.Status.REFUSED);
        assertThat(outcome.gone()).isEqualTo(10);
        assertThat(drawnIds()).containsExactlyInAnyOrderElementsOf(IDS);
    }

    @Test
    void aFolderWithFarFewerFilesChangesNothingAtAll() throws IOException {
        Path part = dir.resolve("part-of-the-bank");
        BankFiles.write(part, TOPIC, "guard-q1", "An edited answer.");
        BankFiles.write(part, TOPIC, "guard-q2", "The answer of guard-q2.");
        BankFiles.write(part, TOPIC, "guard-q3", "The answer of guard-q3.");
        BankFiles.write(part, TOPIC, "guard-new", "A new question.");

        SyncOutcome outcome = sync(part);

        assertThat(outcome.status()).isEqualTo(SyncOutcome.Status.REFUSED);
        assertThat(outcome).extracting(SyncOutcome::gone, SyncOutcome::added, SyncOutcome::newVersions)
                .containsExactly(7, 0, 0);
        // no retirement, no new question, no new version
        assertThat(drawnIds()).containsExactlyInAnyOrderElementsOf(IDS);
        assertThat(drawnTexts()).filteredOn(t -> t.questionId().equals("guard-q1")).singleElement()
                .extracting(t -> t.content().modelAnswer()).isEqualTo("The answer of guard-q1.");
    }

    @Test
    void removingOneFileOnPurposeStillRetiresIt() throws IOException {
        Files.delete(dir.resolve(TOPIC + "/guard-q4.md"));

        SyncOutcome outcome = sync(dir);

        assertThat(outcome.status()).isEqualTo(SyncOutcome.Status.APPLIED);
        assertThat(outcome.retired()).isEqualTo(1);
        assertThat(drawnIds()).hasSize(9).doesNotContain("guard-q4");
    }

    @Test
    void aBankWithNoActiveQuestionAndNoFolderLoadsNothingAndLogsAnError(CapturedOutput log) {
        sync.apply(new QuestionFolderLoader().load(dir.resolve("nothing-here")), true);
        assertThat(drawnIds()).isEmpty();

        SyncOutcome outcome = sync.syncFromFolder();

        assertThat(outcome.status()).isEqualTo(SyncOutcome.Status.APPLIED);
        assertThat(outcome.added()).isZero();
        assertThat(log.getOut()).contains("ERROR").contains(Path.of(MISSING).toAbsolutePath()
                + ": question folder does not exist; check app.questions.dir");
    }
}
