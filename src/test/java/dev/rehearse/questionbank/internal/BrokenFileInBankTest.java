package dev.rehearse.questionbank.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.questionbank.BankLoadReport;
import dev.rehearse.questionbank.ParsedQuestion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of broken file is reported as path:line: message, and the good files beside it still load. */
class BrokenFileInBankTest {

    @TempDir
    Path bank;

    static final String GOOD = QuestionFileParserTest.GOOD;

    static String good(String id) {
        return GOOD.replace("yield-deps", id).replace("Dependencies with yield", "Title " + id);
    }

    static Stream<Arguments> brokenFiles() {
        String broken = good("broken");
        return Stream.of(
                Arguments.of("bad YAML", broken.replace("title: Title broken", "title: [unclosed").getBytes(
                        StandardCharsets.UTF_8), "bad YAML in front matter"),
                Arguments.of("missing section", broken.substring(0, broken.indexOf("## Model answer")).getBytes(
                        StandardCharsets.UTF_8), ":18: missing '## Model answer' section"),
                Arguments.of("missing field", broken.replace("difficulty: medium\n", "").getBytes(
                        StandardCharsets.UTF_8), "missing required field 'difficulty'"),
                Arguments.of("unknown difficulty", broken.replace("difficulty: medium", "difficulty: spicy")
                        .getBytes(StandardCharsets.UTF_8), ":4: unknown difficulty 'spicy'"),
                Arguments.of("id not the file name", broken.replace("id: broken", "id: other-name")
                        .getBytes(StandardCharsets.UTF_8), ":2: id 'other-name' does not match the file name"),
                Arguments.of("empty model answer", (broken.substring(0, broken.indexOf("## Model answer"))
                        + "## Model answer\n\n").getBytes(StandardCharsets.UTF_8),
                        ":18: the '## Model answer' section is empty"),
                Arguments.of("not UTF-8", broken.replace("Title broken", "Tïtle").getBytes(
                        StandardCharsets.ISO_8859_1), ":3: file is not UTF-8 text"),
                Arguments.of("over 256 KB", (broken + "x".repeat(QuestionFileParser.MAX_FILE_BYTES)).getBytes(
                        StandardCharsets.UTF_8), ":1: file is 257 KB, larger than the limit of 256 KB"),
                Arguments.of("key point without match words", broken.replace("    match: [finally]\n", "")
                        .getBytes(StandardCharsets.UTF_8), ":10: key point 2 needs 'match'"),
                Arguments.of("colon in a title", broken.replace("title: Title broken",
                        "title: Depends: how it works").getBytes(StandardCharsets.UTF_8),
                        ":3: bad YAML in front matter: mapping values are not allowed here. "
                                + FrontMatterYamlError.QUOTE_HINT),
                Arguments.of("colon in a title, saved with a byte-order mark and CRLF", ("\uFEFF" + broken.replace(
                        "title: Title broken", "title: Depends: how it works").replace("\n", "\r\n"))
                        .getBytes(StandardCharsets.UTF_8),
                        ":3: bad YAML in front matter: mapping values are not allowed here. "
                                + FrontMatterYamlError.QUOTE_HINT),
                Arguments.of("colon in a key point", broken.replace("- text: Use try/finally",
                        "- text: Note: use try/finally").getBytes(StandardCharsets.UTF_8),
                        ":10: bad YAML in front matter: mapping values are not allowed here. "
                                + FrontMatterYamlError.QUOTE_HINT),
                Arguments.of("field of a key point indented too deep", broken.replace("    match: [finally]",
                        "      match: [finally]").getBytes(StandardCharsets.UTF_8),
                        ":11: bad YAML in front matter: mapping values are not allowed here. "
                                + FrontMatterYamlError.INDENT_HINT),
                Arguments.of("list item indented deeper than the one before", broken.replace(
                        "  - text: Use try/finally", "    - text: Use try/finally").getBytes(StandardCharsets.UTF_8),
                        ":10: bad YAML in front matter: expected <block end>, but found '-'. "
                                + FrontMatterYamlError.INDENT_HINT),
                Arguments.of("field without its colon", broken.replace("difficulty: medium", "difficulty medium")
                        .getBytes(StandardCharsets.UTF_8),
                        ":4: bad YAML in front matter: could not find expected ':'. "
                                + FrontMatterYamlError.INDENT_HINT),
                Arguments.of("tab before a field", broken.replace("    match: [finally]", "\tmatch: [finally]")
                        .getBytes(StandardCharsets.UTF_8), ":11: bad YAML in front matter: found character '\\t(TAB)'"
                        + " that cannot start any token. (Do not use \\t(TAB) for indentation). "
                        + FrontMatterYamlError.TAB_HINT),
                Arguments.of("unclosed bracket", broken.replace("tags: [dependencies, cleanup]",
                        "tags: [dependencies, cleanup").getBytes(StandardCharsets.UTF_8),
                        ":5: bad YAML in front matter: expected ',' or ']'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void isReportedWithItsLineAndTheRestLoads(String kind, byte[] content, String expected) throws IOException {
        Files.createDirectories(bank.resolve("topic-a"));
        Files.createDirectories(bank.resolve("topic-b"));
        Files.writeString(bank.resolve("topic-a/first-good.md"), good("first-good"));
        Files.write(bank.resolve("topic-a/broken.md"), content);
        Files.writeString(bank.resolve("topic-b/second-good.md"), good("second-good"));

        BankLoadReport report = new QuestionFolderLoader().load(bank);

        assertThat(report.problems()).as(kind).isNotEmpty().allSatisfy(p ->
                assertThat(p.toString()).startsWith(bank.resolve("topic-a/broken.md") + ":"));
        assertThat(report.problems()).extracting(Object::toString).anySatisfy(p -> assertThat(p).contains(expected));
        assertThat(report.questions()).extracting(ParsedQuestion::id)
                .containsExactlyInAnyOrder("first-good", "second-good");
    }

    @Test
    void aDuplicateIdKeepsTheFirstFile() throws IOException {
        Files.createDirectories(bank.resolve("topic-a"));
        Files.createDirectories(bank.resolve("topic-b"));
        Files.writeString(bank.resolve("topic-a/twin.md"), good("twin"));
        Files.writeString(bank.resolve("topic-b/twin.md"), good("twin"));
        Files.writeString(bank.resolve("topic-b/other.md"), good("other"));

        BankLoadReport report = new QuestionFolderLoader().load(bank);

        assertThat(report.problems()).singleElement().asString()
                .startsWith(bank.resolve("topic-b/twin.md") + ":2: duplicate id 'twin'");
        assertThat(report.questions()).extracting(ParsedQuestion::id).containsExactlyInAnyOrder("twin", "other");
    }
}
