package dev.rehearse.questionbank.internal;

import dev.rehearse.questionbank.BankProblem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Finds the question files of a bank folder: every {@code .md} file but {@code README.md}, at any depth, following
 * symbolic links (the folder itself, topic folders and files may all be links, as in a Kubernetes ConfigMap mount).
 * Entries whose name starts with a dot are not read, so a ConfigMap's {@code ..data} link and the hidden folder it
 * points at are not read a second time. A link that leads back to a folder above it is reported and skipped.
 */
final class QuestionFileFinder {

    /** The candidate files in path order (a broken link among them), and what could not be walked. */
    record Found(List<Path> files, List<BankProblem> problems) {
        Found {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    Found find(Path folder) {
        List<Path> files = new ArrayList<>();
        List<BankProblem> problems = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(folder) && isHidden(dir)
                                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            // a link whose target is missing arrives with the link's own attributes
                            if (!isHidden(file) && isQuestionFile(file)
                                    && (attrs.isRegularFile() || attrs.isSymbolicLink())) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                problems.add(BankProblem.withoutLine(file.toString(), "symbolic link loop: this "
                                        + "link leads back to a folder that contains it, so it is skipped"));
                            } else if (!isHidden(file)) {
                                problems.add(BankProblem.withoutLine(file.toString(), "cannot read it: " + reason(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            if (e != null) {
                                problems.add(BankProblem.withoutLine(dir.toString(),
                                        "cannot read this folder: " + reason(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(BankProblem.withoutLine(folder.toString(), "cannot read question folder: " + reason(e)));
        }
        files.sort(null);
        return new Found(files, problems);
    }

    /** Why an entry could not be read, in words rather than an exception's name. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it was removed while the folder was read";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean isQuestionFile(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".md") && !name.equalsIgnoreCase("README.md");
    }
}
