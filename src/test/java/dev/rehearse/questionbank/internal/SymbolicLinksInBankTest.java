package dev.rehearse.questionbank.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.questionbank.BankLoadReport;
import dev.rehearse.questionbank.ParsedQuestion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bank reached through symbolic links loads as if it were plain folders: a linked bank folder, a linked topic
 * folder, a Kubernetes ConfigMap mount (a hidden timestamped folder, a {@code ..data} link to it and every entry a
 * link into {@code ..data}); a link loop is one problem, not a hang.
 */
class SymbolicLinksInBankTest {

    @TempDir
    Path root;

    private static String question(String id) {
        return QuestionFileParserTest.GOOD.replace("yield-deps", id).replace("Dependencies with yield", "Title " + id);
    }

    private void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void aBankFolderThatIsALinkLoadsEveryFileBehindIt() throws IOException {
        Path real = root.resolve("real-bank");
        write(real.resolve("di/one.md"), question("one"));
        write(real.resolve("async/two.md"), question("two"));
        write(real.resolve("topics.yaml"), "di: Dependency injection\n");
        Path link = Files.createSymbolicLink(root.resolve("bank"), real);

        BankLoadReport report = new QuestionFolderLoader().load(link);

        assertThat(report.problems()).isEmpty();
        assertThat(report.questions()).extracting(ParsedQuestion::id).containsExactlyInAnyOrder("one", "two");
        assertThat(report.questions()).extracting(ParsedQuestion::path)
                .containsExactlyInAnyOrder(link.resolve("di/one.md").toString(),
                        link.resolve("async/two.md").toString());
        assertThat(report.topicNames()).containsEntry("di", "Dependency injection");
        assertThat(report.summary()).isEqualTo("2 files, 2 questions, 2 topics, 0 problems");
    }

    @Test
    void aTopicFolderThatIsALinkIsReadUnderItsLinkName() throws IOException {
        Path bank = root.resolve("bank");
        write(bank.resolve("di/one.md"), question("one"));
        Path shared = root.resolve("shared/async-questions");
        write(shared.resolve("two.md"), question("two"));
        Files.createSymbolicLink(bank.resolve("async"), shared);

        BankLoadReport report = new QuestionFolderLoader().load(bank);

        assertThat(report.problems()).isEmpty();
        assertThat(report.questions()).extracting(q -> q.topic() + "/" + q.id())
                .containsExactlyInAnyOrder("di/one", "async/two");
    }

    @Test
    void aConfigMapMountLoadsEachFileOnceAndNothingTwiceThroughItsHiddenFolders() throws IOException {
        Path mount = root.resolve("mount");
        Path stamped = mount.resolve("..2025_01_31_10_00_00.123456789");
        write(stamped.resolve("fundamentals/one.md"), question("one"));
        write(stamped.resolve("fundamentals/two.md"), question("two"));
        write(stamped.resolve("security/three.md"), question("three"));
        write(stamped.resolve("topics.yaml"), "security: Security and auth\n");
        Files.createSymbolicLink(mount.resolve("..data"), Path.of(stamped.getFileName().toString()));
        // a topic folder as a link into ..data, the way the kubelet writes a key with a folder in its path
        Files.createSymbolicLink(mount.resolve("fundamentals"), Path.of("..data/fundamentals"));
        // and a topic folder whose files are each a link into ..data
        Files.createDirectories(mount.resolve("security"));
        Files.createSymbolicLink(mount.resolve("security/three.md"), Path.of("../..data/security/three.md"));
        Files.createSymbolicLink(mount.resolve("topics.yaml"), Path.of("..data/topics.yaml"));

        BankLoadReport report = new QuestionFolderLoader().load(mount);

        assertThat(report.problems()).extracting(Object::toString).isEmpty();
        assertThat(report.files()).isEqualTo(3);
        assertThat(report.questions()).extracting(q -> q.topic() + "/" + q.id())
                .containsExactlyInAnyOrder("fundamentals/one", "fundamentals/two", "security/three");
        assertThat(QuestionFolderLoader.displayName("security", report.topicNames())).isEqualTo("Security and auth");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aLinkLoopIsOneProblemNamingTheLinkAndTheRestLoads() throws IOException {
        Path bank = root.resolve("bank");
        write(bank.resolve("di/one.md"), question("one"));
        write(bank.resolve("async/two.md"), question("two"));
        Files.createSymbolicLink(bank.resolve("di/back-to-bank"), Path.of(".."));

        BankLoadReport report = new QuestionFolderLoader().load(bank);

        assertThat(report.problems()).singleElement().hasToString(bank.resolve("di/back-to-bank")
                + ": symbolic link loop: this link leads back to a folder that contains it, so it is skipped");
        assertThat(report.questions()).extracting(ParsedQuestion::id).containsExactlyInAnyOrder("one", "two");
    }

    @Test
    void aLinkToAFileThatIsGoneIsReportedAndKeepsItsQuestion() throws IOException {
        Path bank = root.resolve("bank");
        write(bank.resolve("di/one.md"), question("one"));
        Files.createSymbolicLink(bank.resolve("di/gone.md"), Path.of("../../elsewhere/gone.md"));

        BankLoadReport report = new QuestionFolderLoader().load(bank);

        assertThat(report.problems()).singleElement().hasToString(bank.resolve("di/gone.md")
                + ": symbolic link to ../../elsewhere/gone.md, which does not exist");
        assertThat(report.questions()).extracting(ParsedQuestion::id).containsExactly("one");
        assertThat(report.presentIds()).containsExactlyInAnyOrder("one", "gone");
    }

    @Test
    void hiddenFilesAndFoldersAreNotRead() throws IOException {
        Path bank = root.resolve("bank");
        write(bank.resolve("di/one.md"), question("one"));
        write(bank.resolve("di/.two.md"), "not a question, and not read");
        write(bank.resolve(".drafts/three.md"), "not a question, and not read");
        write(bank.resolve(".git/info/four.md"), "not a question, and not read");

        BankLoadReport report = new QuestionFolderLoader().load(bank);

        assertThat(report.problems()).isEmpty();
        assertThat(report.summary()).isEqualTo("1 file, 1 question, 1 topic, 0 problems");
    }
}
