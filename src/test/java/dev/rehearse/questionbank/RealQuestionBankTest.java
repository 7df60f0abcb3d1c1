package dev.rehearse.questionbank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.questionbank.internal.QuestionFileParser;
import dev.rehearse.questionbank.internal.QuestionFolderLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bank we ship: every file loads, and it is big and broad enough to practise on. */
class RealQuestionBankTest {

    static final BankLoadReport BANK = new QuestionFolderLoader().load(Path.of("questions"));

    @Test
    void everyFileLoadsWithoutAProblem() {
        assertThat(BANK.problems()).extracting(Object::toString).isEmpty();
        assertThat(BANK.files()).isEqualTo(BANK.questions().size());
    }

    @Test
    void atLeast200QuestionsOverAtLeast17TopicsWithAtLeast8Each() {
        assertThat(BANK.questions()).hasSizeGreaterThanOrEqualTo(200);
        Map<String, Long> perTopic = BANK.questions().stream()
                .collect(Collectors.groupingBy(ParsedQuestion::topic, Collectors.counting()));
        assertThat(perTopic).hasSizeGreaterThanOrEqualTo(17);
        assertThat(perTopic).allSatisfy((topic, count) -> assertThat(count).as(topic).isGreaterThanOrEqualTo(8));
    }

    @Test
    void everyFileSaysWhichSourcesItRestsOnAndWhenItWasVerified() {
        assertThat(new ProvenanceAdvisor().advise(BANK.questions())).extracting(Object::toString).isEmpty();
        assertThat(BANK.questions()).allSatisfy(q -> assertThat(q.metadata().provenance().verified())
                .as(q.id()).startsWith("fastapi 0.1"));
    }

    @Test
    void everyTopicHasACodeReadingASpotTheBugAndADesignQuestionBesideItsExplainOnes() {
        Map<String, Set<QuestionKind>> kindsPerTopic = BANK.questions().stream()
                .collect(Collectors.groupingBy(ParsedQuestion::topic,
                        Collectors.mapping(q -> q.metadata().kind(), Collectors.toSet())));
        assertThat(kindsPerTopic).allSatisfy((topic, kinds) -> assertThat(kinds).as(topic)
                .contains(QuestionKind.EXPLAIN, QuestionKind.CODE_READING, QuestionKind.SPOT_THE_BUG,
                        QuestionKind.DESIGN));
    }

    @Test
    void codeReadingAndSpotTheBugQuestionsShowTheirCodeAsAPythonBlock() {
        assertThat(BANK.questions()).filteredOn(q -> q.metadata().kind() == QuestionKind.CODE_READING
                        || q.metadata().kind() == QuestionKind.SPOT_THE_BUG)
                .allSatisfy(q -> assertThat(q.content().prompt()).as(q.id()).contains("```python"));
    }

    @Test
    void everyQuestionIsTaggedWithTheFeaturesItTests() {
        assertThat(BANK.questions()).allSatisfy(q -> assertThat(q.metadata().tags()).as(q.id()).isNotEmpty());
    }

    @Test
    void idsAndTitlesAreUnique() {
        assertThat(BANK.questions()).extracting(ParsedQuestion::id).doesNotHaveDuplicates();
        assertThat(BANK.questions()).extracting(q -> q.metadata().title().toLowerCase(Locale.ROOT))
                .doesNotHaveDuplicates();
    }

    @Test
    void everyQuestionHas3To6KeyPointsEachWithMatchWords() {
        // That the model answer makes every point by its match phrases is checked with the coverage checker's own
        // matching, in dev.rehearse.coverage.BankMatchPhrasesTest.
        assertThat(BANK.questions()).allSatisfy(q -> {
            assertThat(q.content().keyPoints()).as(q.id()).hasSizeBetween(3, 6);
            assertThat(q.content().keyPoints()).as(q.id())
                    .allSatisfy(k -> assertThat(k.match()).as(q.id() + ": " + k.text()).isNotEmpty());
        });
    }

    @Test
    void difficultyIsSpreadRoughlyAThirdEasyFortyPercentMediumAQuarterHard() {
        Map<Difficulty, Long> counts = BANK.questions().stream()
                .collect(Collectors.groupingBy(q -> q.metadata().difficulty(), Collectors.counting()));
        double total = BANK.questions().size();
        assertThat(counts.get(Difficulty.EASY) / total).isBetween(0.25, 0.42);
        assertThat(counts.get(Difficulty.MEDIUM) / total).isBetween(0.32, 0.48);
        assertThat(counts.get(Difficulty.HARD) / total).isBetween(0.18, 0.32);
    }

    @Test
    void modelAnswersAreSubstantialButNotEssays() {
        Function<String, Integer> words = text -> text.split("\\s+").length;
        assertThat(BANK.questions()).allSatisfy(q ->
                assertThat(words.apply(q.content().modelAnswer())).as(q.id()).isBetween(100, 480));
    }

    @Test
    void theSeedQuestionIsThereWithItsComparisonTable() {
        ParsedQuestion seed = BANK.questions().stream().filter(q -> q.id().equals("fastapi-vs-flask-and-drf"))
                .findFirst().orElseThrow();
        assertThat(seed.content().modelAnswer()).contains("| Aspect | FastAPI | Flask | Django REST Framework |");
    }

    @Test
    void theFormatGuidesExampleIsAFileThatLoadsAndIsTheSeedQuestionWordForWord() throws Exception {
        String guide = Files.readString(Path.of("questions", "README.md"));
        int start = guide.indexOf("````markdown\n") + "````markdown\n".length();
        String example = guide.substring(start, guide.indexOf("\n````", start)) + "\n";

        var result = new QuestionFileParser().parse("questions/README.md", "fundamentals", "fastapi-vs-flask-and-drf",
                example.getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).isEmpty();
        assertThat(example).isEqualTo(Files.readString(
                Path.of("questions", "fundamentals", "fastapi-vs-flask-and-drf.md")));
    }
}
