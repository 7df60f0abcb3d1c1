package dev.rehearse.questionbank.internal;

import dev.rehearse.questionbank.BankLoadReport;
import dev.rehearse.questionbank.BankProblem;
import dev.rehearse.questionbank.ParsedQuestion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a whole bank folder: {@code <folder>/<topic>/<id>.md} files and the optional {@code topics.yaml} of display
 * names. Each file is checked on its own; a broken file is reported and left out, the others load. Symbolic links are
 * followed and hidden entries skipped (see {@link QuestionFileFinder}).
 */
public final class QuestionFolderLoader {

    public static final String TOPICS_FILE = "topics.yaml";

    private final QuestionFileFinder finder = new QuestionFileFinder();
    private final QuestionFileParser parser = new QuestionFileParser();

    public BankLoadReport load(Path folder) {
        List<ParsedQuestion> questions = new ArrayList<>();
        List<BankProblem> problems = new ArrayList<>();
        Set<String> presentIds = new HashSet<>();
        Map<String, String> firstPathOfId = new HashMap<>();
        String shownFolder = folder.toString();
        // a problem with the folder as a whole names it in full: a relative path is read from the working directory
        String absoluteFolder = folder.toAbsolutePath().toString();
        if (!Files.isDirectory(folder)) {
            problems.add(BankProblem.withoutLine(absoluteFolder, whyNotAFolder(folder)));
            return new BankLoadReport(shownFolder, 0, questions, problems, presentIds, Map.of());
        }
        QuestionFileFinder.Found found = finder.find(folder);
        problems.addAll(found.problems());
        List<Path> files = found.files();
        if (files.isEmpty()) {
            problems.add(BankProblem.withoutLine(absoluteFolder,
                    "no question files in the question folder (a bank holds <topic>/<id>.md files)"));
        }
        for (Path file : files) {
            String shown = folder.resolve(folder.relativize(file)).toString();
            Path relative = folder.relativize(file);
            String name = file.getFileName().toString();
            String fileId = name.substring(0, name.length() - 3);
            if (relative.getNameCount() != 2) {
                problems.add(new BankProblem(shown, 1,
                        "a question file belongs directly in a topic folder: <folder>/<topic>/<id>.md"));
                continue;
            }
            presentIds.add(fileId);
            if (!Files.exists(file)) {
                problems.add(BankProblem.withoutLine(shown, "symbolic link to %s, which does not exist"
                        .formatted(linkTarget(file))));
                continue;
            }
            byte[] bytes;
            try {
                long size = Files.size(file);
                if (size > QuestionFileParser.MAX_FILE_BYTES) {
                    problems.add(new BankProblem(shown, 1, "file is %d KB, larger than the limit of 256 KB"
                            .formatted((size + 1023) / 1024)));
                    continue;
                }
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                problems.add(new BankProblem(shown, 1, "cannot read file: " + e.getMessage()));
                continue;
            }
            String topic = relative.getName(0).toString();
            QuestionFileParser.Result result;
            try {
                result = parser.parse(shown, topic, fileId, bytes);
            } catch (RuntimeException e) {
                // the parser reports every problem of a file itself; this keeps one file it failed on from
                // stopping the whole bank, and says so in words
                problems.add(new BankProblem(shown, 1, ("cannot be read: the reader failed on it (%s); please "
                        + "report this as a bug in Rehearse, with the file").formatted(e.getClass().getSimpleName())));
                continue;
            }
            if (!result.ok()) {
                problems.addAll(result.problems());
                continue;
            }
            ParsedQuestion question = result.question();
            String earlier = firstPathOfId.putIfAbsent(question.id(), shown);
            if (earlier != null) {
                problems.add(new BankProblem(shown, 2,
                        "duplicate id '%s': %s already uses it".formatted(question.id(), earlier)));
                continue;
            }
            questions.add(question);
        }
        Map<String, String> names = topicNames(folder, problems);
        return new BankLoadReport(shownFolder, files.size(), questions, problems, presentIds, names);
    }

    private Map<String, String> topicNames(Path folder, List<BankProblem> problems) {
        Path file = folder.resolve(TOPICS_FILE);
        Map<String, String> names = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return names;
        }
        try {
            long size = Files.size(file);
            if (size > QuestionFileParser.MAX_FILE_BYTES) {
                problems.add(new BankProblem(file.toString(), 1, ("topics.yaml is %d KB, larger than the limit of "
                        + "256 KB").formatted((size + 1023) / 1024)));
                return names;
            }
            Object loaded = BankYaml.load(Files.readString(file));
            if (loaded instanceof Map<?, ?> map) {
                map.forEach((k, v) -> names.put(String.valueOf(k), String.valueOf(v)));
            } else if (loaded != null) {
                problems.add(new BankProblem(file.toString(), 1, "topics.yaml must map folder names to display names"));
            }
        } catch (IOException | YAMLException e) {
            problems.add(new BankProblem(file.toString(), 1, "cannot read topics.yaml: " + e.getMessage()));
        }
        return names;
    }

    private static String whyNotAFolder(Path folder) {
        if (Files.isSymbolicLink(folder)) {
            return "question folder is a symbolic link to %s, which does not exist".formatted(linkTarget(folder));
        }
        return Files.exists(folder) ? "question folder is a file, not a folder" : "question folder does not exist";
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "a missing file";
        }
    }

    /** The display name of a topic folder: from topics.yaml, or the folder name turned into words. */
    public static String displayName(String topic, Map<String, String> names) {
        String name = names.get(topic);
        if (name != null && !name.isBlank()) {
            return name;
        }
        String words = topic.replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
