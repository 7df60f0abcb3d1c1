package dev.rehearse.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A bank folder of the tests' own, a copy of src/test/resources/test-bank, for tests whose app writes into its bank
 * folder (the admin area adds files there). Never the repository's folders.
 */
public final class TemporaryBank {

    public static final Path TEST_BANK = Path.of("src", "test", "resources", "test-bank");

    /**
     * The folder the admin tests' contexts read ({@code app.questions.dir}); one for all of them, so that they share
     * one cached context. Each test puts the test bank back in it first ({@link #reset}).
     */
    public static final String SHARED = "target/admin-test-bank";
    public static final Path SHARED_FOLDER = Path.of(SHARED);

    private TemporaryBank() {
    }

    /** A new folder under target/ holding a copy of the test bank. */
    public static Path create(String name) {
        try {
            Files.createDirectories(Path.of("target"));
            Path folder = Files.createTempDirectory(Path.of("target"), name + "-");
            reset(folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the folder and copies the test bank into it again. */
    public static void reset(Path folder) {
        try {
            if (Files.exists(folder)) {
                try (Stream<Path> all = Files.walk(folder)) {
                    all.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(folder)).forEach(TemporaryBank::delete);
                }
            }
            Files.createDirectories(folder);
            try (Stream<Path> all = Files.walk(TEST_BANK)) {
                for (Path source : all.toList()) {
                    Path target = folder.resolve(TEST_BANK.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
