import dev.rehearse.coverage.CoverageChecker;
import dev.rehearse.questionbank.ParsedQuestion;
import dev.rehearse.questionbank.QuestionFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Time to score one answer with the app's coverage checker, once warm: every labelled answer of
 * src/test/resources/coverage, scored in turn, five passes after two warm-up passes. Run by bench/coverage-speed.sh.
 */
public class CoverageSpeed {

    public static void main(String[] args) throws Exception {
        Map<String, ParsedQuestion> bank = QuestionFolder.read(Path.of("questions")).questions().stream()
                .collect(Collectors.toMap(ParsedQuestion::id, Function.identity()));
        JsonMapper json = JsonMapper.builder().build();
        List<String[]> answers = new ArrayList<>();
        try (var files = Files.list(Path.of("src/test/resources/coverage"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (!line.isBlank()) {
                        JsonNode n = json.readTree(line);
                        answers.add(new String[] {n.get("question").asString(), n.get("answer").asString()});
                    }
                }
            }
        }
        long loadStart = System.nanoTime();
        CoverageChecker checker = CoverageChecker.standard();
        ParsedQuestion first = bank.get(answers.getFirst()[0]);
        checker.check(first.questionText(), first.content().keyPoints(), answers.getFirst()[1]);
        double firstMs = (System.nanoTime() - loadStart) / 1e6;
        for (int pass = 0; pass < 2; pass++) {
            for (String[] a : answers) {
                ParsedQuestion q = bank.get(a[0]);
                checker.check(q.questionText(), q.content().keyPoints(), a[1]);
            }
        }
        List<Double> times = new ArrayList<>();
        for (int pass = 0; pass < 5; pass++) {
            for (String[] a : answers) {
                ParsedQuestion q = bank.get(a[0]);
                long t = System.nanoTime();
                checker.check(q.questionText(), q.content().keyPoints(), a[1]);
                times.add((System.nanoTime() - t) / 1e6);
            }
        }
        Collections.sort(times);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("answers scored: %d (%d labelled answers x 5 passes)%n", times.size(), answers.size());
        System.out.printf("first answer, model load included: %.0f ms%n", firstMs);
        System.out.printf("per answer once warm: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.95) - 1), times.getLast());
        System.out.printf("Java heap in use after GC: %d MB (the model's native memory is outside it)%n",
                (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        System.out.printf("process resident memory: %s%n", Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmRSS")).findFirst().orElse("unknown").replaceAll("\\s+", " "));
    }
}
