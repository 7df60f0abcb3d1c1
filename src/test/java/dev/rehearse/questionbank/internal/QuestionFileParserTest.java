package dev.rehearse.questionbank.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.questionbank.BankProblem;
import dev.rehearse.questionbank.Difficulty;
import dev.rehearse.questionbank.ParsedQuestion;
import dev.rehearse.questionbank.QuestionKind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuestionFileParserTest {

    static final String GOOD = """
            ---
            id: yield-deps
            title: Dependencies with yield
            difficulty: medium
            tags: [dependencies, cleanup]
            suggested_time: 4m30s
            key_points:
              - text: Code after yield runs as cleanup
                match: [after the yield, cleanup, teardown]
              - text: Use try/finally so cleanup runs on errors
                match: [finally]
            ---

            ## Question

            How do dependencies with `yield` work?

            ## Model answer

            The code before `yield` sets up, the code after it cleans up.

            ```python
            ## a comment inside code is not a section
            def get_db():
                db = Session()
                try:
                    yield db
                finally:
                    db.close()
            ```

            | before | after |
            |---|---|
            | setup | cleanup |
            """;

    private final QuestionFileParser parser = new QuestionFileParser();

    private QuestionFileParser.Result parse(String text) {
        return parser.parse("questions/di/yield-deps.md", "di", "yield-deps", text.getBytes(StandardCharsets.UTF_8));
    }

    /** The one problem of a broken file, as path:line: message. */
    private String problemOf(String text) {
        QuestionFileParser.Result result = parse(text);
        assertThat(result.ok()).as("file should be refused").isFalse();
        assertThat(result.problems()).isNotEmpty();
        return result.problems().getFirst().toString();
    }

    @Test
    void readsEveryFieldOfAGoodFile() {
        QuestionFileParser.Result result = parse(GOOD);

        assertThat(result.problems()).isEmpty();
        ParsedQuestion q = result.question();
        assertThat(q.id()).isEqualTo("yield-deps");
        assertThat(q.topic()).isEqualTo("di");
        assertThat(q.metadata().title()).isEqualTo("Dependencies with yield");
        assertThat(q.metadata().difficulty()).isEqualTo(Difficulty.MEDIUM);
        assertThat(q.metadata().tags()).containsExactly("dependencies", "cleanup");
        assertThat(q.metadata().suggestedSeconds()).isEqualTo(270);
        assertThat(q.content().keyPoints()).hasSize(2);
        assertThat(q.content().keyPoints().getFirst().match())
                .containsExactly("after the yield", "cleanup", "teardown");
        assertThat(q.content().prompt()).isEqualTo("How do dependencies with `yield` work?");
        assertThat(q.content().modelAnswer()).startsWith("The code before").contains("## a comment inside code")
                .contains("| setup | cleanup |");
        assertThat(q.contentHash()).hasSize(64);
    }

    @Test
    void withoutSuggestedTimeTheDifficultyDecides() {
        ParsedQuestion q = parse(GOOD.replace("suggested_time: 4m30s\n", "")).question();
        assertThat(q.metadata().suggestedSeconds()).isEqualTo(Difficulty.MEDIUM.defaultSeconds());
    }

    @Test
    void windowsLineEndingsAndByteOrderMarkAreAccepted() {
        QuestionFileParser.Result result = parse("\uFEFF" + GOOD.replace("\n", "\r\n"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.question().content().prompt()).doesNotContain("\r");
    }

    @Test
    void anEditChangesTheContentHashAndTheSameTextKeepsIt() {
        String first = parse(GOOD).question().contentHash();
        assertThat(parse(GOOD).question().contentHash()).isEqualTo(first);
        assertThat(parse(GOOD.replace("cleans up", "tidies up")).question().contentHash()).isNotEqualTo(first);
    }

    @Test
    void keyPointsKeepTheirPhrasesInOrderAndTheLineEachStartsOn() {
        var question = parse(GOOD).question();
        assertThat(question.content().keyPoints().getFirst().match())
                .containsExactly("after the yield", "cleanup", "teardown");
        assertThat(question.keyPointLines()).containsExactly(8, 10);
    }

    @Test
    void missingFrontMatter() {
        assertThat(problemOf("## Question\n\nq\n\n## Model answer\n\na\n"))
                .isEqualTo("questions/di/yield-deps.md:1: no front matter: the file must start with a line of three dashes (---)");
    }

    @Test
    void unclosedFrontMatter() {
        assertThat(problemOf("---\nid: yield-deps\n")).contains(":1: front matter is not closed");
    }

    @Test
    void badYamlIsReportedOnItsLine() {
        String broken = GOOD.replace("title: Dependencies with yield", "title: [unclosed");
        assertThat(problemOf(broken)).startsWith("questions/di/yield-deps.md:").contains("bad YAML in front matter");
        int line = parse(broken).problems().getFirst().line();
        assertThat(line).isBetween(3, 5);
    }

    @Test
    void aColonInAValueIsExplainedOnItsLine() {
        assertThat(problemOf(GOOD.replace("title: Dependencies with yield", "title: Depends: with yield")))
                .isEqualTo("questions/di/yield-deps.md:3: bad YAML in front matter: mapping values are not allowed "
                        + "here. A value on this line probably contains a colon (\": \"): put the whole value in "
                        + "quotes, such as title: \"Depends: how it works\"");
    }

    @Test
    void aValueWithAColonLoadsOnceItIsInQuotes() {
        QuestionFileParser.Result result = parse(GOOD.replace("title: Dependencies with yield",
                "title: \"Depends: with yield\""));
        assertThat(result.problems()).isEmpty();
        assertThat(result.question().metadata().title()).isEqualTo("Depends: with yield");
    }

    @Test
    void missingRequiredField() {
        assertThat(problemOf(GOOD.replace("title: Dependencies with yield\n", "")))
                .contains("missing required field 'title'");
    }

    @Test
    void unknownDifficultyIsReportedOnItsLine() {
        assertThat(problemOf(GOOD.replace("difficulty: medium", "difficulty: tricky")))
                .isEqualTo("questions/di/yield-deps.md:4: unknown difficulty 'tricky' (use easy, medium or hard)");
    }

    @Test
    void unknownFieldCatchesTypos() {
        assertThat(problemOf(GOOD.replace("tags:", "tagz:"))).isEqualTo(
                "questions/di/yield-deps.md:5: unknown field 'tagz' (allowed: id, title, difficulty, kind, "
                        + "tags, suggested_time, sources, verified, key_points)");
    }

    @Test
    void idMustMatchTheFileName() {
        assertThat(problemOf(GOOD.replace("id: yield-deps", "id: yield-dependencies")))
                .isEqualTo("questions/di/yield-deps.md:2: id 'yield-dependencies' does not match the file name 'yield-deps.md'");
    }

    @Test
    void badSuggestedTime() {
        assertThat(problemOf(GOOD.replace("4m30s", "soon"))).contains(":6: suggested_time 'soon' must be written like");
        assertThat(problemOf(GOOD.replace("4m30s", "45m"))).contains("between 30 seconds and 30 minutes");
        assertThat(problemOf(GOOD.replace("4m30s", "300"))).contains("must be written like 90s, 4m or 2m30s");
    }

    @Test
    void keyPointWithoutMatchWordsIsReportedOnItsOwnLine() {
        String broken = GOOD.replace("    match: [finally]\n", "");
        assertThat(problemOf(broken)).isEqualTo("questions/di/yield-deps.md:10: key point 2 needs 'match': "
                + "a list of words or phrases that show the point was made");
    }

    @Test
    void missingModelAnswerSection() {
        String broken = GOOD.substring(0, GOOD.indexOf("## Model answer"));
        assertThat(problemOf(broken)).contains("missing '## Model answer' section");
    }

    @Test
    void emptyModelAnswer() {
        String broken = GOOD.substring(0, GOOD.indexOf("## Model answer")) + "## Model answer\n\n   \n";
        assertThat(problemOf(broken)).isEqualTo("questions/di/yield-deps.md:18: the '## Model answer' section is empty");
    }

    @Test
    void anotherLevelTwoHeadingIsRefused() {
        String broken = GOOD.replace("| before | after |", "## Extra\n\n| before | after |");
        assertThat(problemOf(broken)).contains("unexpected section '## Extra'");
    }

    @Test
    void notUtf8IsReportedOnTheLineOfTheBadByte() {
        byte[] latin1 = GOOD.replace("Dependencies with yield", "Dépendances").getBytes(StandardCharsets.ISO_8859_1);
        QuestionFileParser.Result result = parser.parse("q.md", "di", "yield-deps", latin1);
        assertThat(result.ok()).isFalse();
        BankProblem problem = result.problems().getFirst();
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).startsWith("file is not UTF-8 text");
    }

    @Test
    void overLargeFileIsRefused() {
        byte[] big = new byte[QuestionFileParser.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(parser.parse("q.md", "di", "yield-deps", big).problems().getFirst().message())
                .contains("larger than the limit of 256 KB");
    }

    @Test
    void readsTheKindTheSourcesAndWhenItWasVerified() {
        ParsedQuestion q = parse(GOOD.replace("suggested_time: 4m30s\n", """
                suggested_time: 4m30s
                kind: spot-the-bug
                sources:
                  - https://fastapi.tiangolo.com/tutorial/dependencies/dependencies-with-yield/
                  - https://github.com/fastapi/fastapi/blob/master/fastapi/dependencies/utils.py
                verified: fastapi 0.141, 2026-12
                """)).question();

        assertThat(q.metadata().kind()).isEqualTo(QuestionKind.SPOT_THE_BUG);
        assertThat(q.metadata().provenance().sources()).containsExactly(
                "https://fastapi.tiangolo.com/tutorial/dependencies/dependencies-with-yield/",
                "https://github.com/fastapi/fastapi/blob/master/fastapi/dependencies/utils.py");
        assertThat(q.metadata().provenance().verified()).isEqualTo("fastapi 0.141, 2026-12");
    }

    @Test
    void aFileWithoutThemExplainsAndHasNoProvenanceYet() {
        ParsedQuestion q = parse(GOOD).question();

        assertThat(q.metadata().kind()).isEqualTo(QuestionKind.EXPLAIN);
        assertThat(q.metadata().provenance().isComplete()).isFalse();
    }

    @Test
    void aBadKindASourceThatIsNoLinkAndAVagueVerifiedAreRefusedWithTheirLine() {
        assertThat(problemOf(GOOD.replace("tags:", "kind: riddle\ntags:")))
                .isEqualTo("questions/di/yield-deps.md:5: unknown kind 'riddle' (use explain, code-reading, "
                        + "spot-the-bug or design)");
        assertThat(problemOf(GOOD.replace("tags:", "sources: [the FastAPI docs]\ntags:")))
                .isEqualTo("questions/di/yield-deps.md:5: 'the FastAPI docs' is not a link: every source is an "
                        + "http:// or https:// address");
        assertThat(problemOf(GOOD.replace("tags:", "sources: https://fastapi.tiangolo.com/\ntags:")))
                .startsWith("questions/di/yield-deps.md:5: sources must be a list of one or more links");
        assertThat(problemOf(GOOD.replace("tags:", "verified: recently\ntags:")))
                .isEqualTo("questions/di/yield-deps.md:5: verified 'recently' must name the FastAPI release and "
                        + "the month it was checked, such as 'fastapi 0.141, 2026-12'");
    }
}
