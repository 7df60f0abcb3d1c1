package dev.rehearse.questionbank.internal;

import dev.rehearse.questionbank.BankProblem;
import dev.rehearse.questionbank.Difficulty;
import dev.rehearse.questionbank.KeyPoint;
import dev.rehearse.questionbank.ParsedQuestion;
import dev.rehearse.questionbank.Provenance;
import dev.rehearse.questionbank.QuestionContent;
import dev.rehearse.questionbank.QuestionKind;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one question file: YAML front matter between two {@code ---} lines, then a Markdown body with a
 * {@code ## Question} and a {@code ## Model answer} section. Every problem is reported with the line it is on; a
 * file with any problem yields no question.
 */
public final class QuestionFileParser {

    public static final int MAX_FILE_BYTES = 256 * 1024;
    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_KEY_POINTS = 8;
    public static final int MIN_SECONDS = 30;
    public static final int MAX_SECONDS = 30 * 60;
    public static final Pattern ID_PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]{2,79}");
    public static final Pattern TOPIC_PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private static final Set<String> FIELDS =
            Set.of("id", "title", "difficulty", "kind", "tags", "suggested_time", "sources", "verified", "key_points");
    public static final int MAX_SOURCES = 12;
    /** {@code verified}: the FastAPI release and the month (or day) the file was checked against it. */
    public static final Pattern VERIFIED = Pattern.compile("fastapi \\d+\\.\\d+(\\.\\d+)?, \\d{4}-\\d{2}(-\\d{2})?");
    /**
     * An http(s) address: no space, quote or angle bracket, and a dot with something on both sides. Written with a
     * look-ahead and a possessive run, so that a long value with dots and a space is refused in linear time (the
     * plain {@code [^...]+\\.[^...]+} takes quadratic time on it: seconds for one 200 KB value).
     */
    private static final Pattern URL = Pattern.compile("https?://(?=[^\\s<>\"]+\\.[^\\s<>\"])[^\\s<>\"]++");
    private static final Set<String> KEY_POINT_FIELDS = Set.of("text", "match");
    private static final Pattern TIME = Pattern.compile("(?:(\\d+)m)?\\s*(?:(\\d+)s)?");
    /** More digits than this in a part of suggested_time is out of range whatever they say (and would overflow). */
    private static final int MAX_TIME_DIGITS = 6;
    /** Unknown fields reported one by one; the rest are counted in one more problem. */
    static final int MAX_UNKNOWN_FIELDS_REPORTED = 10;
    /** How much of a refused value a problem repeats. */
    static final int MAX_VALUE_SHOWN = 80;
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*");
    /**
     * A level-two heading; {@link #headingText} then drops its closing {@code #}s. (The lazy
     * {@code (.*?)\\s*#*\\s*$} that did both took cubic time on a heading with a long run of spaces: 36 s for 4,000.)
     */
    private static final Pattern LEVEL_TWO = Pattern.compile("^##\\s+(.*)$");
    private static final String QUESTION = "Question";
    private static final String MODEL_ANSWER = "Model answer";

    /** The outcome for one file: a question, or the problems that kept it out. */
    public record Result(ParsedQuestion question, List<BankProblem> problems) {
        public boolean ok() {
            return question != null;
        }
    }

    /**
     * @param displayPath the path shown in problems, such as {@code questions/security/jwt.md}
     * @param topic       the topic folder the file is in
     * @param fileId      the file name without {@code .md}
     */
    public Result parse(String displayPath, String topic, String fileId, byte[] bytes) {
        List<BankProblem> problems = new ArrayList<>();
        if (bytes.length > MAX_FILE_BYTES) {
            return failed(displayPath, 1, "file is %d KB, larger than the limit of 256 KB"
                    .formatted((bytes.length + 1023) / 1024));
        }
        int badByte = firstInvalidUtf8Byte(bytes);
        if (badByte >= 0) {
            return failed(displayPath, lineOfByte(bytes, badByte),
                    "file is not UTF-8 text (invalid byte 0x%02X); save it as UTF-8".formatted(bytes[badByte] & 0xFF));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        String[] lines = text.split("\n", -1);

        if (!TOPIC_PATTERN.matcher(topic).matches()) {
            problems.add(new BankProblem(displayPath, 1,
                    "topic folder '%s' must be lower-case letters, digits and hyphens".formatted(topic)));
        }
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            problems.add(new BankProblem(displayPath, 1,
                    "no front matter: the file must start with a line of three dashes (---)"));
            return new Result(null, problems);
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            problems.add(new BankProblem(displayPath, 1,
                    "front matter is not closed: add a line of three dashes (---) after it"));
            return new Result(null, problems);
        }
        String[] frontLines = java.util.Arrays.copyOfRange(lines, 1, close);
        String front = String.join("\n", frontLines);
        Front f = new Front(displayPath, lines, close, problems);

        Object loaded;
        try {
            loaded = BankYaml.load(front);
        } catch (YAMLException e) {
            problems.add(FrontMatterYamlError.describe(displayPath, e, frontLines, 2));
            return new Result(null, problems);
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            problems.add(new BankProblem(displayPath, 2,
                    "front matter must be a list of 'field: value' lines"));
            return new Result(null, problems);
        }
        List<String> unknown = map.keySet().stream().map(String::valueOf).filter(k -> !FIELDS.contains(k)).toList();
        for (String key : unknown.subList(0, Math.min(unknown.size(), MAX_UNKNOWN_FIELDS_REPORTED))) {
            problems.add(f.at(key, ("unknown field '%s' (allowed: id, title, difficulty, kind, "
                    + "tags, suggested_time, sources, verified, key_points)").formatted(shown(key))));
        }
        if (unknown.size() > MAX_UNKNOWN_FIELDS_REPORTED) {
            problems.add(f.at(unknown.get(MAX_UNKNOWN_FIELDS_REPORTED), "and %d more unknown fields"
                    .formatted(unknown.size() - MAX_UNKNOWN_FIELDS_REPORTED)));
        }

        String id = f.requiredString(map, "id");
        if (id != null) {
            if (!ID_PATTERN.matcher(id).matches()) {
                problems.add(f.at("id", "id '%s' must be 3 to 80 lower-case letters, digits and hyphens"
                        .formatted(shown(id))));
            } else if (!id.equals(fileId)) {
                problems.add(f.at("id", "id '%s' does not match the file name '%s.md'".formatted(id, fileId)));
            }
        }
        String title = f.requiredString(map, "title");
        if (title != null && title.length() > MAX_TITLE_LENGTH) {
            problems.add(f.at("title", "title is %d characters, more than %d"
                    .formatted(title.length(), MAX_TITLE_LENGTH)));
        }
        Difficulty difficulty = null;
        String difficultyText = f.requiredString(map, "difficulty");
        if (difficultyText != null) {
            difficulty = Difficulty.fromFileValue(difficultyText).orElse(null);
            if (difficulty == null) {
                problems.add(f.at("difficulty",
                        "unknown difficulty '%s' (use easy, medium or hard)".formatted(shown(difficultyText))));
            }
        }
        QuestionKind kind = f.kind(map);
        List<String> tags = f.tags(map);
        List<String> sources = f.sources(map);
        String verified = f.verified(map);
        Integer seconds = f.suggestedSeconds(map);
        List<KeyPoint> keyPoints = f.keyPoints(map);
        List<Integer> keyPointLines = f.keyPointLines(keyPoints.size());

        Body body = parseBody(displayPath, lines, close + 1, problems);

        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        int suggested = seconds != null ? seconds : difficulty.defaultSeconds();
        ParsedQuestion question = new ParsedQuestion(id, topic,
                new ParsedQuestion.Metadata(title.strip(), difficulty, tags, suggested, kind,
                        new Provenance(sources, verified)),
                new QuestionContent(body.prompt(), body.modelAnswer(), keyPoints),
                sha256(topic + "\n" + text), displayPath, keyPointLines);
        return new Result(question, List.of());
    }

    private record Body(String prompt, String modelAnswer) {
    }

    private Body parseBody(String path, String[] lines, int start, List<BankProblem> problems) {
        int questionAt = -1;
        int answerAt = -1;
        boolean inFence = false;
        String fence = null;
        for (int i = start; i < lines.length; i++) {
            String line = lines[i];
            Matcher fm = FENCE.matcher(line);
            if (fm.matches()) {
                String marker = fm.group(1);
                if (!inFence) {
                    inFence = true;
                    fence = marker;
                } else if (line.strip().equals(fence)) {
                    inFence = false;
                }
                continue;
            }
            if (inFence) {
                continue;
            }
            Matcher h = LEVEL_TWO.matcher(line);
            if (!h.matches()) {
                if (questionAt < 0 && !line.isBlank()) {
                    problems.add(new BankProblem(path, i + 1,
                            "text before the '## Question' section: the body starts with '## Question'"));
                    return new Body("", "");
                }
                continue;
            }
            String heading = headingText(h.group(1));
            if (heading.equals(QUESTION) && questionAt < 0 && answerAt < 0) {
                questionAt = i;
            } else if (heading.equals(MODEL_ANSWER) && questionAt >= 0 && answerAt < 0) {
                answerAt = i;
            } else if (heading.equals(MODEL_ANSWER) && questionAt < 0) {
                problems.add(new BankProblem(path, i + 1, "'## Model answer' comes before '## Question'"));
                return new Body("", "");
            } else {
                problems.add(new BankProblem(path, i + 1, ("unexpected section '## %s': a file has only "
                        + "'## Question' and then '## Model answer' (use ### for headings inside them)")
                        .formatted(shown(heading))));
                return new Body("", "");
            }
        }
        if (questionAt < 0) {
            problems.add(new BankProblem(path, Math.min(start + 1, lines.length), "missing '## Question' section"));
            return new Body("", "");
        }
        if (answerAt < 0) {
            problems.add(new BankProblem(path, lines.length, "missing '## Model answer' section"));
            return new Body("", "");
        }
        String prompt = join(lines, questionAt + 1, answerAt);
        String answer = join(lines, answerAt + 1, lines.length);
        if (prompt.isBlank()) {
            problems.add(new BankProblem(path, questionAt + 1, "the '## Question' section is empty"));
        }
        if (answer.isBlank()) {
            problems.add(new BankProblem(path, answerAt + 1, "the '## Model answer' section is empty"));
        }
        return new Body(prompt, answer);
    }

    /** A heading's text without the closing {@code #}s and the spaces around them, as Markdown reads it. */
    private static String headingText(String raw) {
        int end = raw.length();
        while (end > 0 && isRegexSpace(raw.charAt(end - 1))) {
            end--;
        }
        while (end > 0 && raw.charAt(end - 1) == '#') {
            end--;
        }
        while (end > 0 && isRegexSpace(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(0, end);
    }

    /** The characters of {@code \s}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A value as a problem repeats it: on one line and at most {@value #MAX_VALUE_SHOWN} characters. */
    static String shown(Object value) {
        String text = String.valueOf(value).replaceAll("\\p{Cntrl}", " ");
        return text.length() > MAX_VALUE_SHOWN ? text.substring(0, MAX_VALUE_SHOWN - 1) + "…" : text;
    }

    private static String join(String[] lines, int from, int to) {
        return String.join("\n", java.util.Arrays.copyOfRange(lines, from, to)).strip();
    }

    /** Front matter helpers that know on which line of the file a field is written. */
    private static final class Front {
        private final String path;
        private final String[] lines;
        private final int close;
        private final List<BankProblem> problems;

        Front(String path, String[] lines, int close, List<BankProblem> problems) {
            this.path = path;
            this.lines = lines;
            this.close = close;
            this.problems = problems;
        }

        int lineOf(String field) {
            for (int i = 1; i < close; i++) {
                if (lines[i].startsWith(field + ":") || lines[i].startsWith(field + " :")) {
                    return i + 1;
                }
            }
            return 2;
        }

        BankProblem at(String field, String message) {
            return new BankProblem(path, lineOf(field), message);
        }

        String requiredString(Map<?, ?> map, String field) {
            Object value = map.get(field);
            if (value == null) {
                problems.add(new BankProblem(path, map.containsKey(field) ? lineOf(field) : close + 1,
                        "missing required field '%s'".formatted(field)));
                return null;
            }
            if (value instanceof Map || value instanceof List) {
                problems.add(at(field, "field '%s' must be a single value".formatted(field)));
                return null;
            }
            String text = String.valueOf(value).strip();
            if (text.isEmpty()) {
                problems.add(at(field, "field '%s' is empty".formatted(field)));
                return null;
            }
            return text;
        }

        QuestionKind kind(Map<?, ?> map) {
            Object value = map.get("kind");
            if (value == null) {
                return QuestionKind.EXPLAIN;
            }
            String text = String.valueOf(value).strip();
            return QuestionKind.fromFileValue(text).orElseGet(() -> {
                problems.add(at("kind", "unknown kind '%s' (use explain, code-reading, spot-the-bug or design)"
                        .formatted(shown(text))));
                return QuestionKind.EXPLAIN;
            });
        }

        List<String> sources(Map<?, ?> map) {
            Object value = map.get("sources");
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list) || list.isEmpty()) {
                problems.add(at("sources", "sources must be a list of one or more links, such as "
                        + "[https://fastapi.tiangolo.com/tutorial/dependencies/]"));
                return List.of();
            }
            if (list.size() > MAX_SOURCES) {
                problems.add(at("sources", "sources has %d links, more than %d".formatted(list.size(), MAX_SOURCES)));
                return List.of();
            }
            Set<String> links = new LinkedHashSet<>();
            for (Object item : list) {
                String link = item == null ? "" : String.valueOf(item).strip();
                if (item instanceof Map || item instanceof List || !URL.matcher(link).matches()) {
                    problems.add(at("sources", "'%s' is not a link: every source is an http:// or https:// address"
                            .formatted(shown(link))));
                    return List.of();
                }
                links.add(link);
            }
            return List.copyOf(links);
        }

        String verified(Map<?, ?> map) {
            Object value = map.get("verified");
            if (value == null) {
                return null;
            }
            String text = String.valueOf(value).strip();
            if (!VERIFIED.matcher(text).matches()) {
                problems.add(at("verified", ("verified '%s' must name the FastAPI release and the month it was "
                        + "checked, such as 'fastapi 0.141, 2026-12'").formatted(shown(text))));
                return null;
            }
            return text;
        }

        List<String> tags(Map<?, ?> map) {
            Object value = map.get("tags");
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                problems.add(at("tags", "tags must be a list, such as [security, jwt]"));
                return List.of();
            }
            Set<String> tags = new LinkedHashSet<>();
            for (Object tag : list) {
                if (tag == null || tag instanceof Map || tag instanceof List || String.valueOf(tag).isBlank()) {
                    problems.add(at("tags", "every tag must be a short word"));
                    return List.of();
                }
                tags.add(String.valueOf(tag).strip());
            }
            return List.copyOf(tags);
        }

        Integer suggestedSeconds(Map<?, ?> map) {
            Object value = map.get("suggested_time");
            if (value == null) {
                return null;
            }
            String text = String.valueOf(value).strip();
            Matcher m = TIME.matcher(text);
            if (value instanceof Number || text.isEmpty() || !m.matches() || (m.group(1) == null && m.group(2) == null)) {
                problems.add(at("suggested_time",
                        "suggested_time '%s' must be written like 90s, 4m or 2m30s".formatted(shown(text))));
                return null;
            }
            long seconds = minutesAndSeconds(m.group(1), m.group(2));
            if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
                problems.add(at("suggested_time",
                        "suggested_time '%s' must be between 30 seconds and 30 minutes".formatted(shown(text))));
                return null;
            }
            return (int) seconds;
        }

        /** The seconds of {@code <minutes>m<seconds>s}, or more than the limit when a part has too many digits. */
        private static long minutesAndSeconds(String minutes, String seconds) {
            if ((minutes != null && minutes.length() > MAX_TIME_DIGITS)
                    || (seconds != null && seconds.length() > MAX_TIME_DIGITS)) {
                return Long.MAX_VALUE;
            }
            return (minutes == null ? 0 : Long.parseLong(minutes) * 60)
                    + (seconds == null ? 0 : Long.parseLong(seconds));
        }

        List<KeyPoint> keyPoints(Map<?, ?> map) {
            Object value = map.get("key_points");
            if (value == null) {
                problems.add(new BankProblem(path, map.containsKey("key_points") ? lineOf("key_points") : close + 1,
                        "missing required field 'key_points'"));
                return List.of();
            }
            if (!(value instanceof List<?> list) || list.isEmpty()) {
                problems.add(at("key_points", "key_points must be a list of 1 to %d items, each with text and match"
                        .formatted(MAX_KEY_POINTS)));
                return List.of();
            }
            if (list.size() > MAX_KEY_POINTS) {
                problems.add(at("key_points", "key_points has %d items, more than %d"
                        .formatted(list.size(), MAX_KEY_POINTS)));
                return List.of();
            }
            List<KeyPoint> points = new ArrayList<>();
            int base = lineOf("key_points");
            for (int i = 0; i < list.size(); i++) {
                int line = keyPointLine(base, i);
                String label = "key point %d".formatted(i + 1);
                if (!(list.get(i) instanceof Map<?, ?> item)) {
                    problems.add(new BankProblem(path, line, label + " must have 'text' and 'match'"));
                    continue;
                }
                for (Object k : item.keySet()) {
                    if (!KEY_POINT_FIELDS.contains(String.valueOf(k))) {
                        problems.add(new BankProblem(path, line,
                                label + " has an unknown field '%s' (allowed: text, match)".formatted(shown(k))));
                    }
                }
                Object text = item.get("text");
                if (text == null || text instanceof Map || text instanceof List || String.valueOf(text).isBlank()) {
                    problems.add(new BankProblem(path, line, label + " has no 'text'"));
                    continue;
                }
                String pointText = String.valueOf(text).strip();
                if (pointText.length() > KeyPoint.MAX_TEXT_LENGTH) {
                    problems.add(new BankProblem(path, line, label + " text is longer than %d characters"
                            .formatted(KeyPoint.MAX_TEXT_LENGTH)));
                    continue;
                }
                Object match = item.get("match");
                if (!(match instanceof List<?> phrases) || phrases.isEmpty()) {
                    problems.add(new BankProblem(path, line, label
                            + " needs 'match': a list of words or phrases that show the point was made"));
                    continue;
                }
                List<String> clean = new ArrayList<>();
                for (Object phrase : phrases) {
                    if (phrase == null || phrase instanceof Map || phrase instanceof List
                            || String.valueOf(phrase).isBlank() || String.valueOf(phrase).contains("\n")) {
                        problems.add(new BankProblem(path, line, label + " has an empty or malformed match phrase"));
                        clean = null;
                        break;
                    }
                    clean.add(String.valueOf(phrase).strip());
                }
                if (clean != null) {
                    points.add(new KeyPoint(pointText, clean));
                }
            }
            return points;
        }

        /** The lines the first {@code count} key points start on. */
        List<Integer> keyPointLines(int count) {
            int base = lineOf("key_points");
            List<Integer> found = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                found.add(keyPointLine(base, i));
            }
            return found;
        }

        /** The line of the i-th list item under key_points, or the key_points line itself. */
        private int keyPointLine(int keyPointsLine, int index) {
            int seen = -1;
            int indent = -1;
            for (int i = keyPointsLine; i < close; i++) {
                String l = lines[i];
                if (!l.isBlank() && !Character.isWhitespace(l.charAt(0)) && !l.startsWith("-")) {
                    break; // the next top-level field
                }
                int at = l.length() - l.stripLeading().length();
                if (l.stripLeading().startsWith("-") && (indent < 0 || at == indent)) {
                    indent = at;
                    if (++seen == index) {
                        return i + 1;
                    }
                }
            }
            return keyPointsLine;
        }
    }

    private static Result failed(String path, int line, String message) {
        return new Result(null, List.of(new BankProblem(path, line, message)));
    }

    /** The offset of the first byte that is not valid UTF-8, or -1. */
    private static int firstInvalidUtf8Byte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : -1;
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
