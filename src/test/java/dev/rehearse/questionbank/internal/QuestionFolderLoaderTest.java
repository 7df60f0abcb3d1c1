package dev.rehearse.questionbank.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.rehearse.questionbank.BankLoadReport;
import dev.rehearse.questionbank.ParsedQuestion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionFolderLoaderTest {

    @TempDir
    Path bank;

    private void write(String relative, String text) throws IOException {
        Path file = bank.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String question(String id) {
        return QuestionFileParserTest.GOOD.replace("yield-deps", id).replace("Dependencies with yield", "Title " + id);
    }

    @Test
    void aBrokenFileIsReportedAndEveryOtherFileLoads() throws IOException {
        write("di/one.md", question("one"));
        write("di/two.md", question("two").replace("difficulty: medium", "difficulty: brutal"));
        write("async/three.md", question("three"));
        write("README.md", "# not a question");

        BankLoadReport report = new QuestionFolderLoader().load(bank);

        assertThat(report.questions()).extracting(ParsedQuestion::id).containsExactlyInAnyOrder("one", "three");
        assertThat(report.problems()).singleElement().hasToString(
                bank.resolve("di/two.md") + ":4: unknown difficulty 'brutal' (use easy, medium or hard)");
        assertThat(report.presentIds()).containsExactlyInAnyOrder("one", "two", "three");
        assertThat(report.files()).isEqualTo(3);
        assertThat(report.summary()).isEqualTo("3 files, 2 questions, 2 topics, 1 problem");
    }

    @Test
    void aDuplicateIdInAnotherTopicIsRefusedAndTheFirstStays() throws IOException {
        write("async/same.md", question("same"));
        write("di/same.md", question("same"));

        BankLoadReport report = new QuestionFolderLoader().load(bank);

        assertThat(report.questions()).singleElement().extracting(ParsedQuestion::topic).isEqualTo("async");
        assertThat(report.problems()).singleElement().asString()
                .contains("di/same.md:2: duplicate id 'same'").contains("async/same.md already uses it");
    }

    @Test
    void aFileOutsideATopicFolderIsReported() throws IOException {
        write("loose.md", question("loose"));
        write("di/fine.md", question("fine"));

        BankLoadReport report = new QuestionFolderLoader().load(bank);

        assertThat(report.questions()).extracting(ParsedQuestion::id).containsExactly("fine");
        assertThat(report.problems()).singleElement().asString().contains("belongs directly in a topic folder");
    }

    @Test
    void notUtf8AndOverLargeFilesAreReportedAndTheRestLoads() throws IOException {
        write("di/fine.md", question("fine"));
        Files.write(bank.resolve("di/latin.md"),
                question("latin").replace("Title latin", "Tïtle").getBytes(StandardCharsets.ISO_8859_1));
        Files.write(bank.resolve("di/huge.md"), new byte[QuestionFileParser.MAX_FILE_BYTES + 10]);

        BankLoadReport report = new QuestionFolderLoader().load(bank);

        assertThat(report.questions()).extracting(ParsedQuestion::id).containsExactly("fine");
        assertThat(report.problems()).extracting(Object::toString).anySatisfy(p ->
                        assertThat(p).contains("latin.md:3: file is not UTF-8 text"))
                .anySatisfy(p -> assertThat(p).contains("huge.md:1: file is 257 KB, larger than the limit of 256 KB"));
    }

    @Test
    void topicNamesComeFromTopicsYamlOrTheFolderName() throws IOException {
        write("topics.yaml", "di: Dependency injection\n");
        write("di/fine.md", question("fine"));
        BankLoadReport report = new QuestionFolderLoader().load(bank);

        assertThat(QuestionFolderLoader.displayName("di", report.topicNames())).isEqualTo("Dependency injection");
        assertThat(QuestionFolderLoader.displayName("files-and-forms", report.topicNames()))
                .isEqualTo("Files and forms");
    }

    @Test
    void aFileSavedWithAByteOrderMarkOrWindowsLineEndingsLoadsTheSameAsWithout() throws IOException {
        String text = question("same");
        write("plain/di/same.md", text);
        write("with-bom/di/same.md", "\uFEFF" + text);
        write("crlf/di/same.md", text.replace("\n", "\r\n"));
        write("crlf/topics.yaml", "\uFEFFdi: Dependency injection\r\n");
        assertThat(Files.readAllBytes(bank.resolve("with-bom/di/same.md"))).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Files.readString(bank.resolve("crlf/di/same.md"))).contains("---\r\nid: same\r\n");

        ParsedQuestion plain = loadOnly(bank.resolve("plain"));
        ParsedQuestion withBom = loadOnly(bank.resolve("with-bom"));
        ParsedQuestion crlf = loadOnly(bank.resolve("crlf"));

        for (ParsedQuestion other : new ParsedQuestion[] {withBom, crlf}) {
            assertThat(other.metadata()).isEqualTo(plain.metadata());
            assertThat(other.content()).isEqualTo(plain.content());
            // the same content hash: saving a file again with other line endings makes no new version
            assertThat(other.contentHash()).isEqualTo(plain.contentHash());
        }
        assertThat(crlf.content().modelAnswer()).doesNotContain("\r");
        assertThat(new QuestionFolderLoader().load(bank.resolve("crlf")).topicNames())
                .containsOnly(entry("di", "Dependency injection"));
    }

    private static ParsedQuestion loadOnly(Path folder) {
        BankLoadReport report = new QuestionFolderLoader().load(folder);
        assertThat(report.problems()).as(folder.toString()).isEmpty();
        return report.questions().getFirst();
    }

    @Test
    void aMissingFolderIsOneProblemNotACrash() {
        BankLoadReport report = new QuestionFolderLoader().load(bank.resolve("nope"));
        assertThat(report.questions()).isEmpty();
        assertThat(report.problems()).singleElement().asString().contains("question folder does not exist");
    }

    @Test
    void theSummaryCountsInTheSingularForOne() throws IOException {
        write("di/one.md", question("one"));
        write("di/two.md", question("two").replace("difficulty: medium", "difficulty: brutal"));

        assertThat(new QuestionFolderLoader().load(bank).summary())
                .isEqualTo("2 files, 1 question, 1 topic, 1 problem");
    }

    @Test
    void aProblemWithoutALineIsShownAsPathAndMessage() {
        BankLoadReport report = new QuestionFolderLoader().load(bank.resolve("nope"));

        assertThat(report.problems()).singleElement().asString()
                .startsWith(bank.resolve("nope") + ": question folder does not exist");
    }
}
