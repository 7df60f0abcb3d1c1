package dev.rehearse.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Keeps the embedded database's folder to the app's own user: before anything opens the database, the folder of an
 * H2 file URL is created readable by its owner only (0700), or narrowed to that when it is wider, so that nobody else
 * on the machine can read the database files or their lock file. Registered by {@code SecurityConfig} as a
 * {@link BeanFactoryPostProcessor}, which runs before the data source exists.
 */
public class DatabaseFolderGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(DatabaseFolderGuard.class);
    private static final Pattern H2_FILE = Pattern.compile("^jdbc:h2:(?:file:)?([^;:][^;]*)(?:;.*)?$");
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        folderOf(environment.getProperty("spring.datasource.url", "")).ifPresent(DatabaseFolderGuard::guard);
    }

    /** The folder of an H2 file database's URL; nothing for an in-memory or another database. */
    static Optional<Path> folderOf(String url) {
        if (url.startsWith("jdbc:h2:mem:") || url.startsWith("jdbc:h2:tcp:") || url.startsWith("jdbc:h2:ssl:")) {
            return Optional.empty();
        }
        Matcher m = H2_FILE.matcher(url);
        if (!m.matches()) {
            return Optional.empty();
        }
        Path file = Path.of(m.group(1).replaceFirst("^~", System.getProperty("user.home")));
        return Optional.ofNullable(file.toAbsolutePath().normalize().getParent());
    }

    static void guard(Path folder) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            if (Files.notExists(folder)) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                Files.setPosixFilePermissions(folder, OWNER_ONLY); // whatever the umask did
            } else if (!Files.getPosixFilePermissions(folder).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(folder, OWNER_ONLY);
                log.info("The database folder {} was readable by others; it is now its owner's only (0700).",
                        folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the database folder " + folder + " to its owner", e);
        }
    }
}
