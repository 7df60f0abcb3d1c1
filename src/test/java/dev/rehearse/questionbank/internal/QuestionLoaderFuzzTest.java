package dev.rehearse.questionbank.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.rehearse.questionbank.BankLoadReport;
import dev.rehearse.questionbank.KeyPoint;
import dev.rehearse.questionbank.ParsedQuestion;
import dev.rehearse.questionbank.QuestionBankValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bank's reader against broken and hostile files: truncations of every file we ship, random mutations of them,
 * bad YAML, binary bytes, invalid UTF-8, a file of several MB, nesting 10,000 deep, a "billion laughs" alias bomb,
 * every front-matter field with a value of the wrong type. Whatever a file holds, the reader never throws, never
 * takes long, loads a file whole and as written or not at all, names the file and a line in every problem, and the
 * good files beside it still load.
 *
 * <p>The random parts run with a fixed seed and with a new one each run; a failure names its seed, and
 * {@code -Dfuzz.seed=<seed>} runs that seed alone.
 */
// in a thread of its own, so that a reader stuck in a regular expression fails the test instead of hanging the build
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class QuestionLoaderFuzzTest {

    static final long FIXED_SEED = 20_261_208L;
    static final Path REAL_BANK = Path.of("questions");
    /** Each file is read in well under this, even on a busy machine; the slow cases found took 6 to 36 s. */
    static final Duration PER_FILE = Duration.ofSeconds(2);
    static final int MAX_MESSAGE = 500;
    static final String TOPIC = "fuzz";

    static final List<RealFile> REAL = realFiles();

    @TempDir
    Path bank;

    private final QuestionFileParser parser = new QuestionFileParser();

    /** One file of the shipped bank, its question, and the byte its model answer starts at. */
    record RealFile(String shown, String topic, String id, byte[] bytes, ParsedQuestion question, int answerStart) {
    }

    static List<RealFile> realFiles() {
        BankLoadReport report = new QuestionFolderLoader().load(REAL_BANK);
        assertThat(report.problems()).as("the shipped bank loads cleanly").isEmpty();
        assertThat(report.questions()).hasSizeGreaterThan(100);
        List<RealFile> files = new ArrayList<>();
        for (ParsedQuestion q : report.questions()) {
            try {
                byte[] bytes = Files.readAllBytes(Path.of(q.path()));
                String text = new String(bytes, StandardCharsets.UTF_8);
                assertThat(text).as(q.path()).doesNotContain("\r").doesNotStartWith("\uFEFF");
                int heading = text.indexOf("\n## Model answer\n");
                assertThat(heading).as(q.path()).isPositive();
                int at = heading + "\n## Model answer\n".length();
                while (Character.isWhitespace(text.charAt(at))) {
                    at++;
                }
                int answerStart = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
                files.add(new RealFile(q.path(), q.topic(), q.id(), bytes, q, answerStart));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.copyOf(files);
    }

    /** The fixed seed and a new one, or only the one named by {@code -Dfuzz.seed}. */
    static long[] seeds() {
        String wanted = System.getProperty("fuzz.seed");
        if (wanted != null && !wanted.isBlank()) {
            return new long[] {Long.parseLong(wanted.strip())};
        }
        return new long[] {FIXED_SEED, System.nanoTime()};
    }

    static String replay(long seed) {
        return "seed %d (replay with -Dfuzz.seed=%d)".formatted(seed, seed);
    }

    // ------------------------------------------------------------------------------------------------ truncations

    @Test
    void everyTruncationOfEveryShippedFileLoadsWholeOrIsRefusedNamingTheFile() {
        int parsed = 0;
        for (long seed : seeds()) {
            java.util.Random random = new java.util.Random(seed);
            for (RealFile file : REAL) {
                for (int cut : cutPoints(file, random)) {
                    String what = "%s cut after %d of %d bytes, %s".formatted(file.shown(), cut, file.bytes().length,
                            replay(seed));
                    byte[] prefix = Arrays.copyOf(file.bytes(), cut);
                    QuestionFileParser.Result result = timedParse(file.shown(), file.topic(), file.id(), prefix, what);
                    parsed++;
                    boolean midCharacter = cut < file.bytes().length && (file.bytes()[cut] & 0xC0) == 0x80;
                    if (!midCharacter && cut > file.answerStart()) {
                        // the whole front matter, the question and some of the answer: a complete question
                        assertThat(result.problems()).as(what).isEmpty();
                        assertSameQuestionUpToTheAnswer(result.question(), file.question(), what);
                        assertThat(file.question().content().modelAnswer()).as(what)
                                .startsWith(result.question().content().modelAnswer());
                    } else {
                        assertRefusedNamingTheFile(result, file.shown(), prefix, what);
                        if (midCharacter) {
                            assertThat(result.problems().getFirst().message()).as(what)
                                    .startsWith("file is not UTF-8 text");
                        }
                    }
                }
            }
        }
        assertThat(parsed).as("truncations read").isGreaterThan(REAL.size() * 40);
    }

    /** Every line end of the front matter, around each part's start, and some bytes at random. */
    private static Set<Integer> cutPoints(RealFile file, java.util.Random random) {
        byte[] bytes = file.bytes();
        String text = new String(bytes, StandardCharsets.UTF_8);
        Set<Integer> cuts = new LinkedHashSet<>(List.of(0, 1, 2, 3, 4, 5, bytes.length - 1, bytes.length));
        int close = text.indexOf("\n---\n", 3);
        for (int i = 0; i < bytes.length && i <= close + 6; i++) {
            if (bytes[i] == '\n') {
                cuts.addAll(List.of(i - 1, i, i + 1));
            }
        }
        for (String landmark : List.of("\n## Question\n", "\n## Model answer\n")) {
            int at = byteOffset(text, text.indexOf(landmark));
            for (int d = -2; d <= landmark.length() + 2; d++) {
                cuts.add(at + d);
            }
        }
        for (int d = -2; d <= 3; d++) {
            cuts.add(file.answerStart() + d);
        }
        for (int i = 0; i < 12; i++) {
            cuts.add(random.nextInt(bytes.length + 1));
        }
        cuts.removeIf(c -> c < 0 || c > bytes.length);
        return cuts;
    }

    private static int byteOffset(String text, int charIndex) {
        return text.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
    }

    // --------------------------------------------------------------------------------------------- mutations

    @Test
    void randomlyMutatedShippedFilesLoadCompleteAndValidOrAreRefusedNamingTheFile() {
        int loaded = 0;
        int refused = 0;
        for (long seed : seeds()) {
            java.util.Random random = new java.util.Random(seed);
            for (int n = 0; n < 1500; n++) {
                RealFile file = REAL.get(random.nextInt(REAL.size()));
                byte[] bytes = file.bytes();
                List<String> done = new ArrayList<>();
                int firstChanged = Integer.MAX_VALUE;
                for (int m = 1 + random.nextInt(3); m > 0; m--) {
                    Mutation mutation = mutate(bytes, random);
                    bytes = mutation.bytes();
                    done.add(mutation.description());
                    firstChanged = Math.min(firstChanged, mutation.at());
                }
                String what = "%s mutated %s, case %d, %s".formatted(file.shown(), done, n, replay(seed));
                QuestionFileParser.Result result = timedParse(file.shown(), file.topic(), file.id(), bytes, what);
                if (result.ok()) {
                    loaded++;
                    assertThat(result.problems()).as(what).isEmpty();
                    assertCompleteAndValid(result.question(), file, bytes, what);
                    if (firstChanged > file.answerStart()) {
                        // changed only inside the model answer: nothing before it may read differently
                        assertSameQuestionUpToTheAnswer(result.question(), file.question(), what);
                    }
                } else {
                    refused++;
                    assertRefusedNamingTheFile(result, file.shown(), bytes, what);
                }
            }
        }
        // the mutations are neither all harmless nor all fatal, or the test would prove little
        assertThat(loaded).as("mutated files that still load").isGreaterThan(100);
        assertThat(refused).as("mutated files refused").isGreaterThan(100);
    }

    record Mutation(byte[] bytes, int at, String description) {
    }

    private static final List<String> SPECIAL = List.of(": ", "&a ", "*a", "!!binary ", "!!int ", "[", "{", "]", "}",
            "'", "\"", "#", "|", ">", "- ", "\t", "\n", "\r", "---\n", "...\n", "? ", "%", "@", "`", "\u0000",
            "\uFEFF", "é", "## Extra\n", "```\n", "<<: *a\n", "~", "\\", "\u2028");

    private static Mutation mutate(byte[] bytes, java.util.Random random) {
        int at = random.nextInt(bytes.length + 1);
        return switch (random.nextInt(7)) {
            case 0 -> {
                int length = Math.min(bytes.length - at, 1 + random.nextInt(200));
                yield new Mutation(splice(bytes, at, length, new byte[0]), at,
                        "deleted %d at %d".formatted(length, at));
            }
            case 1 -> {
                byte[] junk = new byte[1 + random.nextInt(20)];
                random.nextBytes(junk);
                yield new Mutation(splice(bytes, at, 0, junk), at, "%d random bytes at %d".formatted(junk.length, at));
            }
            case 2, 3 -> {
                String special = SPECIAL.get(random.nextInt(SPECIAL.size()));
                yield new Mutation(splice(bytes, at, 0, special.getBytes(StandardCharsets.UTF_8)), at,
                        "inserted %s at %d".formatted(special.replace("\n", "\\n").replace("\r", "\\r"), at));
            }
            case 4 -> {
                if (bytes.length == 0) {
                    yield new Mutation(bytes, 0, "nothing to flip");
                }
                int i = Math.min(at, bytes.length - 1);
                byte[] copy = bytes.clone();
                copy[i] ^= (byte) (1 << random.nextInt(8));
                yield new Mutation(copy, i, "flipped a bit at %d".formatted(i));
            }
            default -> {
                // duplicate a line, or move it elsewhere
                List<Integer> starts = new ArrayList<>(List.of(0));
                for (int i = 0; i < bytes.length; i++) {
                    if (bytes[i] == '\n') {
                        starts.add(i + 1);
                    }
                }
                int line = random.nextInt(starts.size());
                int from = starts.get(line);
                int to = line + 1 < starts.size() ? starts.get(line + 1) : bytes.length;
                byte[] text = Arrays.copyOfRange(bytes, from, to);
                int target = starts.get(random.nextInt(starts.size()));
                boolean move = random.nextBoolean();
                byte[] without = move ? splice(bytes, from, to - from, new byte[0]) : bytes;
                int into = move && target > from ? Math.max(from, target - (to - from)) : target;
                yield new Mutation(splice(without, into, 0, text), Math.min(from, into),
                        "%s line %d to byte %d".formatted(move ? "moved" : "copied", line + 1, into));
            }
        };
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] out = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
        return out;
    }

    // ------------------------------------------------------------------------------------------- hostile files

    /**
     * A hand-made file: its bytes for a given id, whether it loads, and what a loaded question must then read (or
     * what a refused file's problems must say).
     */
    record Hostile(String name, Function<String, byte[]> content, boolean loads, Consumer<ParsedQuestion> loaded,
            String refusal) {

        static Hostile refused(String name, Function<String, String> text, String refusal) {
            return new Hostile(name, id -> text.apply(id).getBytes(StandardCharsets.UTF_8), false, q -> { }, refusal);
        }

        static Hostile refusedBytes(String name, Function<String, byte[]> bytes, String refusal) {
            return new Hostile(name, bytes, false, q -> { }, refusal);
        }

        static Hostile loads(String name, Function<String, String> text, Consumer<ParsedQuestion> check) {
            return new Hostile(name, id -> text.apply(id).getBytes(StandardCharsets.UTF_8), true, check, null);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A valid question file with the given id. */
    static String valid(String id) {
        return QuestionFileParserTest.GOOD.replace("yield-deps", id);
    }

    static String withFront(String id, String extraFrontMatter) {
        return valid(id).replace("\nkey_points:", "\n" + extraFrontMatter + "\nkey_points:");
    }

    static String withAnswer(String id, String answer) {
        String text = valid(id);
        return text.substring(0, text.indexOf("## Model answer")) + "## Model answer\n\n" + answer + "\n";
    }

    static String billionLaughs(String lastField) {
        StringBuilder b = new StringBuilder("lol0: &lol0 \"lol\"\n");
        for (int level = 1; level <= 9; level++) {
            b.append("lol").append(level).append(": &lol").append(level).append(" [");
            b.append(String.join(", ", java.util.Collections.nCopies(10, "*lol" + (level - 1))));
            b.append("]\n");
        }
        return b + lastField + ": *lol9";
    }

    /** Within SnakeYAML's default limit of 50 aliases, 16 levels of 3 make 43 million values. */
    static String aliasBombWithinTheDefaultLimit(String field) {
        StringBuilder b = new StringBuilder("b0: &b0 [x, y, z]\n");
        for (int level = 1; level <= 15; level++) {
            b.append("b%d: &b%d [*b%d, *b%d, *b%d]\n".formatted(level, level, level - 1, level - 1, level - 1));
        }
        return b + field + ": [*b15, *b15, *b15]";
    }

    static byte[] bytes(String before, byte[] middle, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] c = after.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(middle, 0, out, a.length, middle.length);
        System.arraycopy(c, 0, out, a.length + middle.length, c.length);
        return out;
    }

    static byte[] titled(String id, byte[] title) {
        String text = valid(id);
        int at = text.indexOf("Dependencies with yield");
        return bytes(text.substring(0, at), title, text.substring(at + "Dependencies with yield".length()));
    }

    static List<Hostile> hostileFiles() {
        List<Hostile> cases = new ArrayList<>(List.of(
                Hostile.refused("empty file", id -> "", "no front matter"),
                Hostile.refused("only blank lines", id -> "\n\n  \n\t\n", "no front matter"),
                Hostile.refused("only the three dashes", id -> "---", "front matter is not closed"),
                Hostile.refused("only front matter", id -> valid(id).substring(0, valid(id).indexOf("---", 3) + 4),
                        "missing '## Question' section"),
                Hostile.refused("front matter never closed", id -> valid(id).substring(0, valid(id).indexOf("---", 3)),
                        "front matter is not closed"),
                Hostile.refused("front matter is a list", id -> "---\n- id\n- title\n---\n## Question\nq\n"
                        + "## Model answer\na\n", "front matter must be a list of 'field: value' lines"),
                Hostile.refused("front matter is one word",
                        id -> "---\nhello\n---\n## Question\nq\n## Model answer\na\n",
                        "front matter must be a list of 'field: value' lines"),
                Hostile.refused("bad YAML: unclosed quote", id -> valid(id).replace("title: Dependencies",
                        "title: \"Dependencies"), "bad YAML in front matter"),
                Hostile.refused("bad YAML: unclosed brace", id -> valid(id).replace("tags: [dependencies, cleanup]",
                        "tags: {dependencies: [cleanup"), "bad YAML in front matter"),
                Hostile.refused("bad YAML: a document end marker", id -> withFront(id, "...\nmore: stuff"),
                        "bad YAML in front matter"),
                Hostile.refused("bad YAML: a directive", id -> withFront(id, "%YAML 1.1"), "bad YAML in front matter"),
                Hostile.refused("bad YAML: an anchor with no name", id -> withFront(id, "sources: & [x]"),
                        "bad YAML in front matter"),
                Hostile.refused("bad YAML: a reserved indicator", id -> valid(id).replace("title: Dependencies",
                        "title: @Dependencies"), "bad YAML in front matter"),
                Hostile.refused("an alias to nothing", id -> withFront(id, "kind: *nowhere"),
                        "bad YAML in front matter"),
                Hostile.refused("a Java type tag", id -> withFront(id, "kind: !!java.io.File /etc/passwd"),
                        "bad YAML in front matter"),
                Hostile.refused("a global tag in full", id -> withFront(id,
                        "kind: !<tag:yaml.org,2002:javax.script.ScriptEngineManager> [x]"), "bad YAML in front matter"),
                Hostile.refused("a local tag", id -> withFront(id, "kind: !explain x"), BankYaml.TAG_REFUSED),
                Hostile.refused("a binary title", id -> valid(id).replace("title: Dependencies with yield",
                        "title: !!binary aGVsbG8="), BankYaml.TAG_REFUSED),
                Hostile.refused("a binary title that is not base64", id -> valid(id).replace(
                        "title: Dependencies with yield", "title: !!binary '%%%'"), BankYaml.TAG_REFUSED),
                Hostile.refused("an int tag on a word", id -> valid(id).replace("title: Dependencies with yield",
                        "title: !!int abc"), BankYaml.TAG_REFUSED),
                Hostile.refused("a float tag on a word", id -> valid(id).replace("title: Dependencies with yield",
                        "title: !!float abc"), BankYaml.TAG_REFUSED),
                Hostile.refused("a timestamp tag on a date that does not exist", id -> valid(id).replace(
                        "title: Dependencies with yield", "title: !!timestamp 2024-99-99"), BankYaml.TAG_REFUSED),
                Hostile.refused("a set of tags", id -> valid(id).replace("tags: [dependencies, cleanup]",
                        "tags: !!set {dependencies, cleanup}"), BankYaml.TAG_REFUSED),
                Hostile.refused("an ordered map of key points", id -> valid(id).replace("key_points:",
                        "key_points: !!omap"), BankYaml.TAG_REFUSED),
                Hostile.refused("a billion laughs", id -> withFront(id, billionLaughs("kind")),
                        FrontMatterYamlError.ALIAS),
                Hostile.refused("a billion laughs as the title", id -> valid(id).replace(
                        "title: Dependencies with yield\n", "").replace("\nkey_points:", "\n"
                        + billionLaughs("title") + "\nkey_points:"), FrontMatterYamlError.ALIAS),
                Hostile.refused("an alias bomb within SnakeYAML's default limits", id -> withFront(id,
                        aliasBombWithinTheDefaultLimit("verified")), FrontMatterYamlError.ALIAS),
                Hostile.refused("a list that contains itself", id -> withFront(id, "kind: &k [[*k]]"),
                        FrontMatterYamlError.ALIAS),
                Hostile.refused("a source list that contains itself", id -> withFront(id, "sources: [&s [[*s]]]"),
                        FrontMatterYamlError.ALIAS),
                Hostile.refused("a merge key", id -> withFront(id, "base: &b {difficulty: hard}\n<<: *b"),
                        FrontMatterYamlError.ALIAS),
                Hostile.refused("10,000 nested [", id -> valid(id).replace("tags: [dependencies, cleanup]",
                        "tags: " + "[".repeat(10_000)), FrontMatterYamlError.NESTING),
                Hostile.refused("10,000 nested {", id -> valid(id).replace("tags: [dependencies, cleanup]",
                        "tags: " + "{".repeat(10_000)), FrontMatterYamlError.NESTING),
                Hostile.refused("10,000 nested and closed [ ]", id -> valid(id).replace(
                        "tags: [dependencies, cleanup]", "tags: " + "[".repeat(10_000) + "]".repeat(10_000)),
                        FrontMatterYamlError.NESTING),
                Hostile.refused("10,000 nested block lists", id -> valid(id).replace(
                        "tags: [dependencies, cleanup]", "tags:\n  " + "- ".repeat(10_000) + "x"),
                        FrontMatterYamlError.NESTING),
                Hostile.refused("300 levels of indented fields", id -> withFront(id, deepBlockMapping(300)),
                        FrontMatterYamlError.NESTING),
                Hostile.refused("a field written twice", id -> withFront(id, "title: A second title"),
                        FrontMatterYamlError.DUPLICATE_HINT),
                Hostile.refused("25,000 unknown fields", id -> withFront(id, manyFields(25_000)),
                        "and 24990 more unknown fields"),
                Hostile.refused("a title of 200,000 characters", id -> valid(id).replace("Dependencies with yield",
                        "t".repeat(200_000)), "title is 200000 characters, more than 200"),
                Hostile.refused("a source of 200,000 characters with dots and a space", id -> withFront(id,
                        "sources: [\"http://" + "a.".repeat(50_000) + " " + "a.".repeat(50_000) + "\"]"),
                        "is not a link"),
                Hostile.refused("a heading with 20,000 spaces in it", id -> withAnswer(id, "fine\n\n## x"
                        + " ".repeat(20_000) + "y"), "unexpected section '## x"),
                Hostile.refused("suggested_time of 20 digits", id -> valid(id).replace("suggested_time: 4m30s",
                        "suggested_time: 99999999999999999999m"), "must be between 30 seconds and 30 minutes"),
                Hostile.refused("suggested_time whose seconds overflow to 44", id -> valid(id).replace(
                        "suggested_time: 4m30s", "suggested_time: 307445734561825861m"),
                        "must be between 30 seconds and 30 minutes"),
                Hostile.refused("nine key points", id -> valid(id).replace("key_points:\n", "key_points:\n"
                        + "  - text: more\n    match: [more]\n".repeat(7)), "key_points has 9 items, more than 8"),
                Hostile.refused("a key point with an empty match list", id -> valid(id).replace("match: [finally]",
                        "match: []"), "key point 2 needs 'match'"),
                Hostile.refused("a NUL byte in the title", id -> valid(id).replace("with yield", "with\u0000yield"),
                        "bad YAML in front matter: special characters are not allowed"),
                Hostile.refused("escape sequences in the title", id -> valid(id).replace("with yield",
                        "with\u001b[31m yield"), "bad YAML in front matter"),
                Hostile.refused("no question section", id -> valid(id).replace("## Question", "### Question"),
                        "text before the '## Question' section"),
                Hostile.refused("the answer before the question", id -> "---" + valid(id).split("---")[1]
                        + "---\n## Model answer\na\n## Question\nq\n", "'## Model answer' comes before '## Question'"),
                Hostile.refused("a third section", id -> withAnswer(id, "a\n\n## Notes\nmore"),
                        "unexpected section '## Notes'"),
                Hostile.refusedBytes("a lone 0xFF byte", id -> titled(id, new byte[] {'a', (byte) 0xFF, 'b'}),
                        ":3: file is not UTF-8 text (invalid byte 0xFF)"),
                Hostile.refusedBytes("a continuation byte on its own", id -> titled(id, new byte[] {(byte) 0x80}),
                        ":3: file is not UTF-8 text (invalid byte 0x80)"),
                Hostile.refusedBytes("an overlong slash", id -> titled(id, new byte[] {(byte) 0xC0, (byte) 0xAF}),
                        ":3: file is not UTF-8 text (invalid byte 0xC0)"),
                Hostile.refusedBytes("an encoded surrogate", id -> titled(id,
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), ":3: file is not UTF-8 text"),
                Hostile.refusedBytes("a two-byte character cut at the end of the file", id -> bytes(valid(id),
                        new byte[] {(byte) 0xC3}, ""), ": file is not UTF-8 text (invalid byte 0xC3)"),
                Hostile.refusedBytes("saved as UTF-16",
                        id -> ("\uFEFF" + valid(id)).getBytes(StandardCharsets.UTF_16LE),
                        ":1: file is not UTF-8 text (invalid byte 0xFF)"),
                Hostile.refusedBytes("saved as Latin-1", id -> valid(id).replace("yield", "yïeld")
                        .getBytes(StandardCharsets.ISO_8859_1), "file is not UTF-8 text"),
                Hostile.refusedBytes("a PNG picture", id -> bytes("", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r',
                        '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}, ""), "file is not UTF-8 text"),
                Hostile.refusedBytes("5 MB of answer", id -> withAnswer(id, "word ".repeat(1_000_000))
                        .getBytes(StandardCharsets.UTF_8), "KB, larger than the limit of 256 KB"),
                // these are odd but valid, and load exactly as written
                Hostile.loads("plain values that YAML 1.1 would turn into numbers, truth values and dates",
                        id -> valid(id).replace("title: Dependencies with yield", "title: 3.10")
                                .replace("match: [finally]", "match: [on, off, yes, 3.10, 1_000, 0x1F, 2024-01-01, ~x]")
                                .replace("tags: [dependencies, cleanup]", "tags: [no, 1e3, null-safety]"),
                        q -> {
                            assertThat(q.metadata().title()).isEqualTo("3.10");
                            assertThat(q.content().keyPoints().get(1).match())
                                    .containsExactly("on", "off", "yes", "3.10", "1_000", "0x1F", "2024-01-01", "~x");
                            assertThat(q.metadata().tags()).containsExactly("no", "1e3", "null-safety");
                        }),
                Hostile.loads("an explicit string tag", id -> valid(id).replace("title: Dependencies with yield",
                        "title: !!str 12"), q -> assertThat(q.metadata().title()).isEqualTo("12")),
                Hostile.loads("an alias to a value, not a list", id -> valid(id).replace(
                        "title: Dependencies with yield", "title: &t Cleanup").replace("tags: [dependencies, cleanup]",
                        "tags: [*t]"), q -> assertThat(q.metadata().tags()).containsExactly("Cleanup")),
                Hostile.loads("old Mac line endings", id -> valid(id).replace("\n", "\r"),
                        q -> assertThat(q.content().keyPoints()).hasSize(2)),
                Hostile.loads("an answer just under the size limit", id -> withAnswer(id,
                        "word ".repeat((QuestionFileParser.MAX_FILE_BYTES - 1000) / 5)),
                        q -> assertThat(q.content().modelAnswer()).hasSizeGreaterThan(250_000)),
                Hostile.loads("an answer of 10,000 nested [ and >", id -> withAnswer(id, "[".repeat(10_000) + "\n\n"
                        + "> ".repeat(10_000) + "x"), q -> assertThat(q.content().modelAnswer()).startsWith("[[[")),
                Hostile.loads("an answer of 60,000 unclosed code fences", id -> withAnswer(id, "a\n"
                        + "```\n".repeat(60_000)), q -> assertThat(q.content().modelAnswer()).startsWith("a\n```")),
                Hostile.loads("an answer of 100,000 lines", id -> withAnswer(id, "a\n".repeat(100_000)),
                        q -> assertThat(q.content().modelAnswer().lines()).hasSize(100_000))));
        java.util.Random random = new java.util.Random(FIXED_SEED);
        for (int i = 0; i < 10; i++) {
            byte[] junk = new byte[1 + random.nextInt(5000)];
            random.nextBytes(junk);
            String prefix = i % 2 == 0 ? "" : "---\n";
            cases.add(Hostile.refusedBytes("random bytes " + i + (prefix.isEmpty() ? "" : " after ---"),
                    id -> bytes(prefix, junk, ""), ""));
        }
        return cases;
    }

    static String deepBlockMapping(int depth) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            b.append("  ".repeat(i)).append("deep:\n");
        }
        return b.append("  ".repeat(depth)).append("x: y").toString();
    }

    static String manyFields(int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append('k').append(i).append(": v\n");
        }
        return b.toString().strip();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void aHostileFileIsReadFastAndLoadsAsWrittenOrIsRefusedNamingTheFile(Hostile hostile) {
        String id = "fuzz-file";
        String shown = "bank/" + TOPIC + "/" + id + ".md";
        byte[] bytes = hostile.content().apply(id);
        QuestionFileParser.Result result = timedParse(shown, TOPIC, id, bytes, hostile.name());
        if (hostile.loads()) {
            assertThat(result.problems()).as(hostile.name()).isEmpty();
            assertCompleteAndValid(result.question(), null, bytes, hostile.name());
            hostile.loaded().accept(result.question());
        } else {
            assertRefusedNamingTheFile(result, shown, bytes, hostile.name());
            assertThat(result.problems()).extracting(Object::toString).as(hostile.name())
                    .anySatisfy(p -> assertThat(p).contains(hostile.refusal()));
        }
    }

    // --------------------------------------------------------------------------- wrong types, field by field

    static final List<String> FIELDS = List.of("id", "title", "difficulty", "kind", "tags", "suggested_time",
            "sources", "verified", "key_points");
    static final List<String> WRONG_VALUES = List.of("[a, b]", "{a: b}", "\"\"", "~", "42", "3.10", "true",
            "2024-01-01", "!!binary aGVsbG8=", "!!int 12", "!!set {a, b}", "[[a]]", "[{a: b}]", "\n  - a",
            "\n  a: b", "x".repeat(300));

    static Stream<Arguments> wrongTypes() {
        return FIELDS.stream().flatMap(f -> WRONG_VALUES.stream().map(v -> Arguments.of(f, v)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("wrongTypes")
    void aFieldOfTheWrongTypeIsRefusedOnItsLineOrLoadsExactlyAsWritten(String field, String value) {
        String id = "typed-field";
        String shown = "bank/" + TOPIC + "/" + id + ".md";
        String text = withField(valid(id), field, value);
        int fieldLine = text.lines().toList().indexOf(text.lines().filter(l -> l.startsWith(field + ":"))
                .findFirst().orElseThrow()) + 1;
        String what = field + ": " + value.replace("\n", "\\n");
        QuestionFileParser.Result result = timedParse(shown, TOPIC, id, text.getBytes(StandardCharsets.UTF_8), what);

        String expected = readsAs(field, value);
        if (result.ok()) {
            assertThat(expected).as("%s loaded, but it has no reading as written", what).isNotNull();
            assertThat(fieldOf(result.question(), field)).as(what).isEqualTo(expected);
            assertCompleteAndValid(result.question(), null, text.getBytes(StandardCharsets.UTF_8), what);
        } else {
            assertRefusedNamingTheFile(result, shown, text.getBytes(StandardCharsets.UTF_8), what);
            // on the field's line, or a line of its value
            int lastLine = fieldLine + (int) value.chars().filter(c -> c == '\n').count();
            assertThat(result.problems()).as(what).anySatisfy(p -> assertThat(p.line()).isBetween(fieldLine, lastLine));
        }
    }

    /** The file with the field's line (or block) replaced by {@code field: value}, added when it has none. */
    static String withField(String text, String field, String value) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int close = lines.subList(1, lines.size()).indexOf("---") + 1;
        int at = -1;
        for (int i = 1; i < close; i++) {
            if (lines.get(i).startsWith(field + ":")) {
                at = i;
            }
        }
        String line = field + ":" + (value.startsWith("\n") ? value : " " + value);
        if (at < 0) {
            lines.add(close, line);
        } else {
            int end = at + 1;
            while (end < close && lines.get(end).startsWith(" ")) {
                end++;
            }
            lines.subList(at, end).clear();
            lines.add(at, line);
        }
        return String.join("\n", lines) + "\n";
    }

    /** What a question with {@code field: value} reads as, or null when such a file must be refused. */
    static String readsAs(String field, String value) {
        boolean plain = value.matches("[\\w.-]+") && !value.equals("~");
        return switch (field) {
            case "title" -> plain && value.length() <= 200 ? value : null;
            case "kind" -> value.equals("~") ? "explain" : null;
            case "tags" -> switch (value) {
                case "~" -> "";
                case "[a, b]" -> "a,b";
                case "\n  - a" -> "a";
                default -> null;
            };
            case "suggested_time" -> value.equals("~") ? "300" : null;
            case "sources", "verified" -> value.equals("~") ? "" : null;
            default -> null; // id must be the file name, difficulty one of three words, key_points a list of points
        };
    }

    static String fieldOf(ParsedQuestion q, String field) {
        return switch (field) {
            case "id" -> q.id();
            case "title" -> q.metadata().title();
            case "difficulty" -> q.metadata().difficulty().fileValue();
            case "kind" -> q.metadata().kind().fileValue();
            case "tags" -> String.join(",", q.metadata().tags());
            case "suggested_time" -> String.valueOf(q.metadata().suggestedSeconds());
            case "sources" -> String.join(",", q.metadata().provenance().sources());
            case "verified" -> q.metadata().provenance().verified() == null ? ""
                    : q.metadata().provenance().verified();
            case "key_points" -> String.valueOf(q.content().keyPoints().size());
            default -> throw new IllegalArgumentException(field);
        };
    }

    // ---------------------------------------------------------------------------- whole folders and the command

    @Test
    void inAFolderTheGoodFilesLoadBesideEveryHostileOneAndTheValidatorNamesEachRefusedFile() throws IOException {
        Set<String> expected = new HashSet<>();
        for (RealFile file : REAL) {
            Path target = bank.resolve(file.topic()).resolve(file.id() + ".md");
            Files.createDirectories(target.getParent());
            Files.write(target, file.bytes());
            expected.add(file.id());
        }
        Files.createDirectories(bank.resolve(TOPIC));
        Set<Path> refusedFiles = new HashSet<>();
        List<Hostile> hostile = hostileFiles();
        for (int i = 0; i < hostile.size(); i++) {
            String id = "fuzz-%02d".formatted(i);
            Path file = bank.resolve(TOPIC).resolve(id + ".md");
            Files.write(file, hostile.get(i).content().apply(id));
            if (hostile.get(i).loads()) {
                expected.add(id);
            } else {
                refusedFiles.add(file);
            }
        }

        long started = System.nanoTime();
        BankLoadReport report = new QuestionFolderLoader().load(bank);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).as("reading the whole folder").isLessThan(Duration.ofSeconds(10));
        assertThat(report.questions()).extracting(ParsedQuestion::id).as("the questions that loaded")
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(report.problems()).allSatisfy(p -> {
            assertThat(refusedFiles).as("a problem names a refused file: %s", p).contains(Path.of(p.path()));
            assertThat(p.toString()).startsWith(p.path() + ":" + p.line() + ": ");
            assertThat(p.message()).hasSizeLessThan(MAX_MESSAGE).doesNotContain("bug in Rehearse");
        });
        assertThat(report.problems()).extracting(p -> Path.of(p.path())).as("every refused file is named")
                .containsAll(refusedFiles);
        assertThat(report.presentIds()).as("a refused file's question is not retired")
                .hasSize(REAL.size() + hostile.size());

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = QuestionBankValidator.run(bank, new PrintStream(printed, true, StandardCharsets.UTF_8));
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(1);
        for (Path file : refusedFiles) {
            assertThat(output).as("the command names %s", file).containsPattern(
                    "(?m)^" + Pattern.quote(file.toString()) + ":\\d+: ");
        }
        assertThat(output).contains("%d files, %d questions".formatted(REAL.size() + hostile.size(), expected.size()));
    }

    @Test
    void aHostileTopicsFileIsReportedByNameAndTheQuestionsStillLoad() throws IOException {
        for (String topics : List.of(billionLaughs("fundamentals"), aliasBombWithinTheDefaultLimit("fundamentals"),
                "fundamentals: &t [[*t]]", "[".repeat(10_000), "fundamentals: !!binary '%%%'",
                "fundamentals: !!int abc", "x".repeat(QuestionFileParser.MAX_FILE_BYTES + 1))) {
            Path folder = Files.createTempDirectory(bank, "topics");
            Files.createDirectories(folder.resolve("fundamentals"));
            Files.writeString(folder.resolve("fundamentals/one-question.md"), valid("one-question"));
            Files.writeString(folder.resolve(QuestionFolderLoader.TOPICS_FILE), topics);
            String what = "topics.yaml of " + topics.substring(0, Math.min(40, topics.length()));

            BankLoadReport report = timed(() -> new QuestionFolderLoader().load(folder), what);

            assertThat(report.questions()).as(what).extracting(ParsedQuestion::id).containsExactly("one-question");
            assertThat(report.problems()).as(what).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo(folder.resolve(QuestionFolderLoader.TOPICS_FILE).toString());
                assertThat(p.toString()).startsWith(p.path() + ":1: ");
                assertThat(p.message()).hasSizeLessThan(2000);
            });
        }
    }

    // ---------------------------------------------------------------------------------------------- checks

    private QuestionFileParser.Result timedParse(String shown, String topic, String id, byte[] bytes, String what) {
        return timed(() -> parser.parse(shown, topic, id, bytes), what);
    }

    private static <T> T timed(java.util.function.Supplier<T> read, String what) {
        long started = System.nanoTime();
        T result;
        try {
            result = read.get();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return fail("%s: the reader threw %s".formatted(what, e), e);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("%s: time to read", what).isLessThan(PER_FILE);
        return result;
    }

    /** Refused, and every problem names the file and a line of it, in a message of reasonable length. */
    private static void assertRefusedNamingTheFile(QuestionFileParser.Result result, String shown, byte[] bytes,
            String what) {
        assertThat(result.ok()).as("%s should be refused", what).isFalse();
        assertThat(result.question()).as(what).isNull();
        int lines = lineCount(bytes);
        assertThat(result.problems()).as(what).isNotEmpty().allSatisfy(p -> {
            assertThat(p.path()).isEqualTo(shown);
            assertThat(p.toString()).startsWith(shown + ":" + p.line() + ": ");
            assertThat(p.line()).as("the line of %s", p).isBetween(1, lines);
            assertThat(p.message()).isNotBlank().hasSizeLessThan(MAX_MESSAGE);
        });
    }

    private static int lineCount(byte[] bytes) {
        int lines = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
                lines++;
            }
        }
        return lines;
    }

    /** Everything of the question but its model answer reads as the shipped file does. */
    private static void assertSameQuestionUpToTheAnswer(ParsedQuestion actual, ParsedQuestion original, String what) {
        assertThat(actual).as(what).isNotNull();
        assertThat(actual.id()).as(what).isEqualTo(original.id());
        assertThat(actual.topic()).as(what).isEqualTo(original.topic());
        assertThat(actual.metadata()).as(what).isEqualTo(original.metadata());
        assertThat(actual.content().prompt()).as(what).isEqualTo(original.content().prompt());
        assertThat(actual.content().keyPoints()).as(what).isEqualTo(original.content().keyPoints());
        assertThat(actual.keyPointLines()).as(what).isEqualTo(original.keyPointLines());
        assertThat(actual.content().modelAnswer()).as(what).isNotBlank();
    }

    /** A loaded question keeps every rule of a question file: no part of it missing, empty or out of range. */
    private static void assertCompleteAndValid(ParsedQuestion q, RealFile file, byte[] bytes, String what) {
        assertThat(q).as(what).isNotNull();
        if (file != null) {
            assertThat(q.id()).as(what).isEqualTo(file.id());
            assertThat(q.topic()).as(what).isEqualTo(file.topic());
        }
        assertThat(q.id()).as(what).matches(QuestionFileParser.ID_PATTERN);
        assertThat(q.metadata().title()).as(what).isNotBlank().hasSizeLessThanOrEqualTo(200)
                .isEqualTo(q.metadata().title().strip());
        assertThat(q.metadata().difficulty()).as(what).isNotNull();
        assertThat(q.metadata().kind()).as(what).isNotNull();
        assertThat(q.metadata().suggestedSeconds()).as(what)
                .isBetween(QuestionFileParser.MIN_SECONDS, QuestionFileParser.MAX_SECONDS);
        assertThat(q.metadata().tags()).as(what).allSatisfy(t -> assertThat(t).isNotBlank().isEqualTo(t.strip()));
        assertThat(q.metadata().provenance().sources()).as(what)
                .allSatisfy(s -> assertThat(s).matches("https?://\\S+\\.\\S+"));
        if (q.metadata().provenance().verified() != null) {
            assertThat(q.metadata().provenance().verified()).as(what).matches(QuestionFileParser.VERIFIED);
        }
        assertThat(q.content().prompt()).as(what).isNotBlank();
        assertThat(q.content().modelAnswer()).as(what).isNotBlank();
        assertThat(q.content().keyPoints()).as(what).hasSizeBetween(1, QuestionFileParser.MAX_KEY_POINTS)
                .allSatisfy(k -> assertKeyPoint(k, what));
        int lines = lineCount(bytes);
        assertThat(q.keyPointLines()).as(what).hasSameSizeAs(q.content().keyPoints())
                .allSatisfy(l -> assertThat(l).isBetween(2, lines));
        // the same bytes read again read the same: the loaded question is the file, not a step of its reading
        assertThat(new QuestionFileParser().parse(q.path(), q.topic(), q.id(), bytes).question()).as(what)
                .isEqualTo(q);
    }

    private static void assertKeyPoint(KeyPoint k, String what) {
        assertThat(k.text()).as(what).isNotBlank().hasSizeLessThanOrEqualTo(KeyPoint.MAX_TEXT_LENGTH);
        assertThat(k.match()).as(what).isNotEmpty()
                .allSatisfy(m -> assertThat(m).isNotBlank().doesNotContain("\n").isEqualTo(m.strip()));
    }
}
