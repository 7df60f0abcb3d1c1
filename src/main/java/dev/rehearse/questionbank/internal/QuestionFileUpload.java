package dev.rehearse.questionbank.internal;

import dev.rehearse.questionbank.BankProblem;
import dev.rehearse.questionbank.ParsedQuestion;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One question file sent by an administrator, checked as the folder's files are (the same parser, the same checks,
 * and the loader's rule that an id is used by one file only), then written into its topic folder.
 *
 * <p>Its name must be a question id plus {@code .md}: no folder part ({@code /}, {@code \}), no {@code ..}, no
 * leading dot (the loader never reads hidden files). A file of that name in another topic folder refuses it (the id
 * is taken). A file of that name in the same topic folder is the same question by construction (the id is the file
 * name, and the parser holds the front matter's id to it): it is replaced, and the sync gives it a new version.
 */
@Component
public class QuestionFileUpload {

    private static final Logger log = LoggerFactory.getLogger(QuestionFileUpload.class);
    private static final int MAX_NAME_SHOWN = 100;

    private final QuestionFileFinder finder = new QuestionFileFinder();
    private final QuestionFileParser parser = new QuestionFileParser();

    /**
     * What checking a file found.
     *
     * @param question    the question, when it passed every check
     * @param target      where it goes, when its name and topic are acceptable
     * @param shownPath   the path problems name, as the folder's own problems do
     * @param replaces    a file of that name is in the topic folder already
     * @param identical   and it holds exactly these bytes
     */
    public record Checked(ParsedQuestion question, List<BankProblem> problems, Path target, String shownPath,
            boolean replaces, boolean identical) {

        public Checked {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return question != null && problems.isEmpty();
        }
    }

    public Checked check(Path folder, String topic, String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName.strip();
        String shownName = shorten(name.isEmpty() ? "(no name)" : name);
        String why = whyNotAName(name);
        if (why != null) {
            return refused(shownName, why);
        }
        String cleanTopic = topic == null ? "" : topic.strip();
        if (cleanTopic.isEmpty()) {
            return refused(shownName, "choose the topic folder the question goes in");
        }
        if (!QuestionFileParser.TOPIC_PATTERN.matcher(cleanTopic).matches()) {
            return refused(shownName, "topic folder '%s' must be 1 to 80 lower-case letters, digits and hyphens"
                    .formatted(shorten(cleanTopic)));
        }
        if (!Files.isDirectory(folder)) {
            return refused(folder.toAbsolutePath().toString(), "the question folder does not exist, so nothing can "
                    + "be written into it; check app.questions.dir");
        }
        Path root = folder.toAbsolutePath().normalize();
        Path target = root.resolve(cleanTopic).resolve(name).normalize();
        if (!target.getParent().getParent().equals(root)) {
            return refused(shownName, "the file would land outside the question folder");
        }
        String shown = folder.resolve(cleanTopic).resolve(name).toString();
        String fileId = name.substring(0, name.length() - 3);
        QuestionFileParser.Result result = parser.parse(shown, cleanTopic, fileId, bytes);
        List<BankProblem> problems = new ArrayList<>(result.problems());
        for (Path other : finder.find(folder).files()) {
            Path relative = folder.relativize(other);
            if (relative.getNameCount() == 2 && relative.getFileName().toString().equals(name)
                    && !relative.getName(0).toString().equals(cleanTopic)) {
                problems.add(new BankProblem(shown, 2, ("duplicate id '%s': %s already uses it (an id names one "
                        + "file in the whole bank)").formatted(fileId, folder.resolve(relative))));
            }
        }
        boolean replaces = Files.exists(target);
        boolean identical = false;
        if (replaces) {
            try {
                identical = Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes);
            } catch (IOException e) {
                problems.add(BankProblem.withoutLine(shown, "cannot read the file it would replace: " + e.getMessage()));
            }
        }
        return new Checked(problems.isEmpty() ? result.question() : null, problems, target, shown, replaces,
                identical);
    }

    /**
     * Writes a checked file into its topic folder (created if new) through a hidden temporary file, so that the
     * folder never holds half a file. When the surrounding transaction rolls back, the file it replaced comes back
     * (or the new file goes), so the folder and the bank stay in step.
     */
    public void write(Checked checked, byte[] bytes) throws IOException {
        if (!checked.ok()) {
            throw new IllegalArgumentException("only a file that passed its checks is written");
        }
        Path target = checked.target();
        byte[] previous = checked.replaces() ? Files.readAllBytes(target) : null;
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".upload");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_ROLLED_BACK) {
                        undo(target, previous);
                    }
                }
            });
        }
    }

    private static void undo(Path target, byte[] previous) {
        try {
            if (previous == null) {
                Files.deleteIfExists(target);
            } else {
                Files.write(target, previous);
            }
            log.warn("Question bank: the upload of {} was rolled back, so the file is as it was", target);
        } catch (IOException e) {
            log.error("Question bank: the upload of {} was rolled back but the file could not be put back: {}",
                    target, e.getMessage());
        }
    }

    /** Why a name cannot be a question file's name, or null when it can. */
    static String whyNotAName(String name) {
        if (name.isEmpty()) {
            return "the file has no name";
        }
        if (name.contains("/") || name.contains("\\")) {
            return "a file name cannot contain / or \\: send the file itself, and choose its topic folder";
        }
        if (name.contains("..")) {
            return "a file name cannot contain ..";
        }
        if (name.startsWith(".")) {
            return "a name starting with a dot is a hidden file, which the bank never reads";
        }
        if (!name.endsWith(".md")) {
            return "only Markdown question files (.md) can be added";
        }
        if (name.equalsIgnoreCase("README.md")) {
            return "README.md is the folder's notes, never a question";
        }
        String id = name.substring(0, name.length() - 3);
        if (!QuestionFileParser.ID_PATTERN.matcher(id).matches()) {
            return "the file name is the question's id plus .md, and an id is 3 to 80 lower-case letters, digits "
                    + "and hyphens, starting with a letter or digit";
        }
        return null;
    }

    private static Checked refused(String path, String message) {
        return new Checked(null, List.of(BankProblem.withoutLine(path, message)), null, path, false, false);
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() > MAX_NAME_SHOWN ? oneLine.substring(0, MAX_NAME_SHOWN - 1) + "…" : oneLine;
    }
}
