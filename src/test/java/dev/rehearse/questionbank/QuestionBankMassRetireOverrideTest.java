package dev.rehearse.questionbank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.questionbank.internal.QuestionBankSync;
import dev.rehearse.questionbank.internal.QuestionFolderLoader;
import dev.rehearse.questionbank.internal.SyncOutcome;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.TestUsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** {@code app.questions.allow-mass-retire=true} lets one start remove the whole bank on purpose. */
@IntegrationTest
@TestPropertySource(properties = {
        "app.questions.dir=target/no-bank-for-override-test",
        "app.questions.allow-mass-retire=true"})
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class QuestionBankMassRetireOverrideTest {

    @Autowired
    TestUsers users;

    @Autowired
    QuestionBankSync sync;
    @Autowired
    QuestionBankService bank;

    @TempDir
    Path dir;

    private int drawable() {
        return users.as(users.someone(), () -> bank.countMatching(Set.of("override"), Set.of()));
    }

    @Test
    void withTheOverrideAFolderThatIsGoneRetiresEveryQuestionAndSaysToTurnItOff(CapturedOutput log)
            throws IOException {
        for (int i = 1; i <= 8; i++) {
            Path file = dir.resolve("override/override-q" + i + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, Files.readString(Path.of("src/test/resources/test-bank/alpha/a-one.md"))
                    .replace("a-one", "override-q" + i));
        }
        sync.apply(new QuestionFolderLoader().load(dir));
        assertThat(drawable()).isEqualTo(8);

        SyncOutcome outcome = sync.syncFromFolder();

        assertThat(outcome.status()).isEqualTo(SyncOutcome.Status.APPLIED);
        assertThat(outcome.retired()).isEqualTo(8);
        assertThat(drawable()).isZero();
        assertThat(log.getOut()).contains("retiring 8 of the 8 active questions, allowed by "
                + "app.questions.allow-mass-retire; set it back to false");
    }
}
