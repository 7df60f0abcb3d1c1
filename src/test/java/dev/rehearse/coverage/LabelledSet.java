package dev.rehearse.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.questionbank.BankLoadReport;
import dev.rehearse.questionbank.ParsedQuestion;
import dev.rehearse.questionbank.QuestionFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled answers in {@code src/test/resources/coverage/labelled-*.jsonl}: answers written as candidates type
 * them, four per question (strong, partial, wrong, off), each with a judgement by meaning of every key point of the
 * question in the bank. Questions are split in two halves by id (alternately, in id order): weights and thresholds
 * are chosen on the training half and reported on the other.
 */
record LabelledSet(List<Answer> answers, Map<String, ParsedQuestion> questions) {

    static final Path FOLDER = Path.of("src/test/resources/coverage");
    static final List<String> KINDS = List.of("strong", "partial", "wrong", "off");

    record Answer(String question, String kind, String text, List<Boolean> covered, boolean training) {
    }

    static LabelledSet load() {
        BankLoadReport bank = QuestionFolder.read(Path.of(System.getProperty("coverage.bank", "questions")));
        assertThat(bank.problems()).as("the bank loads").isEmpty();
        Map<String, ParsedQuestion> byId = bank.questions().stream()
                .collect(Collectors.toMap(ParsedQuestion::id, Function.identity()));
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("labelled-.*\\.jsonl")).sorted()
                    .toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        rows.add(json.readTree(line));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> ids = rows.stream().map(r -> r.get("question").asString()).distinct().sorted().toList();
        List<Answer> answers = new ArrayList<>();
        for (JsonNode row : rows) {
            String id = row.get("question").asString();
            ParsedQuestion q = byId.get(id);
            assertThat(q).as("labelled question %s is in the bank", id).isNotNull();
            List<Boolean> covered = new ArrayList<>();
            row.get("covered").forEach(b -> covered.add(b.asBoolean()));
            assertThat(covered).as("%s: one judgement per key point", id).hasSize(q.content().keyPoints().size());
            String kind = row.get("kind").asString();
            assertThat(KINDS).as("answer kind").contains(kind);
            answers.add(new Answer(id, kind, row.get("answer").asString(), covered, ids.indexOf(id) % 2 == 0));
        }
        return new LabelledSet(answers, byId);
    }
}
