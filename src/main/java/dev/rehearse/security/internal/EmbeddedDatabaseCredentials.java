package dev.rehearse.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The embedded database's password, when {@code APP_DB_PASSWORD} does not give one: generated at the first start and
 * kept beside the database in {@code db-credentials} (mode 0600, in the owner-only folder), so that the database is
 * never opened with an empty password. A database made before this (user {@code sa}, no password) is given the
 * configured user with that password once, and {@code sa} a random password nobody keeps. Runs before the data source
 * exists; does nothing for an in-memory database or PostgreSQL.
 */
public class EmbeddedDatabaseCredentials implements EnvironmentPostProcessor, Ordered {

    static final String FILE_NAME = "db-credentials";

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after application.properties and the environment are read
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url", "");
        String password = environment.getProperty("spring.datasource.password", "");
        Optional<Path> folder = DatabaseFolderGuard.folderOf(url);
        if (folder.isEmpty() || !password.isEmpty()) {
            return;
        }
        String user = environment.getProperty("spring.datasource.username", "rehearse");
        String kept = keptPassword(folder.get(), url, user);
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedDatabaseCredentials",
                Map.of("spring.datasource.password", kept)));
    }

    /** The password in the credentials file, made (and given to an older database) when there is none. */
    static String keptPassword(Path folder, String url, String user) {
        Path file = folder.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            DatabaseFolderGuard.guard(folder);
            String password = random();
            if (databaseExists(url)) {
                giveOldDatabaseThePassword(url, user, password);
            }
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the database password in " + file, e);
        }
    }

    private static boolean databaseExists(String url) {
        String path = url.replaceFirst("^jdbc:h2:(file:)?", "").replaceFirst(";.*$", "");
        return Files.exists(Path.of(path + ".mv.db"));
    }

    /** A database from before: opened as sa with no password, it gets the user and sa loses its empty password. */
    private static void giveOldDatabaseThePassword(String url, String user, String password) {
        try (Connection connection = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "");
                Statement sql = connection.createStatement()) {
            String name = user.toUpperCase(java.util.Locale.ROOT).replace("\"", "");
            if (!name.equals("SA")) {
                sql.execute("CREATE USER IF NOT EXISTS \"" + name + "\" PASSWORD '" + password + "' ADMIN");
                sql.execute("ALTER USER SA SET PASSWORD '" + random() + "'");
            } else {
                sql.execute("ALTER USER SA SET PASSWORD '" + password + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database " + url + " exists but cannot be opened as it was made "
                    + "(user sa, no password) to give it a password: " + e.getMessage()
                    + ". Set APP_DB_USER and APP_DB_PASSWORD to the credentials it has.", e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
