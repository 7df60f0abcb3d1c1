package dev.rehearse.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.MapPropertySource;
import java.util.Map;

class EmbeddedDatabaseCredentialsTest {

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseGetsAGeneratedPasswordKeptBesideItForItsOwnerOnly() throws Exception {
        Path folder = dir.resolve("data");
        String url = "jdbc:h2:file:" + folder.resolve("rehearse");

        String password = EmbeddedDatabaseCredentials.keptPassword(folder, url, "rehearse");

        Path file = folder.resolve(EmbeddedDatabaseCredentials.FILE_NAME);
        assertThat(password).hasSizeGreaterThanOrEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(EmbeddedDatabaseCredentials.keptPassword(folder, url, "rehearse")).isEqualTo(password);
        try (Connection c = DriverManager.getConnection(url, "rehearse", password)) {
            c.createStatement().execute("create table t (x int)");
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, "rehearse", "").close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void aDatabaseMadeWithSaAndNoPasswordIsGivenTheUserAndSaLosesItsEmptyPassword() throws Exception {
        Path folder = dir.resolve("old");
        String url = "jdbc:h2:file:" + folder.resolve("rehearse");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("create table kept (x int)");
            c.createStatement().execute("insert into kept values (42)");
        }

        String password = EmbeddedDatabaseCredentials.keptPassword(folder, url, "rehearse");

        try (Connection c = DriverManager.getConnection(url, "rehearse", password);
                var rows = c.createStatement().executeQuery("select x from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(42);
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(SQLException.class);
    }

    @Test
    void aPasswordFromTheEnvironmentOrAnInMemoryDatabaseIsLeftAlone() {
        for (Map<String, Object> settings : new Map[] {
            Map.of("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("env/rehearse"),
                    "spring.datasource.password", "from the environment"),
            Map.of("spring.datasource.url", "jdbc:h2:mem:x")}) {
            StandardEnvironment environment = new StandardEnvironment();
            environment.getPropertySources().addFirst(new MapPropertySource("test", settings));

            new EmbeddedDatabaseCredentials().postProcessEnvironment(environment, null);

            assertThat(environment.getProperty("spring.datasource.password", ""))
                    .isEqualTo(settings.getOrDefault("spring.datasource.password", ""));
        }
        assertThat(dir.resolve("env")).doesNotExist();
    }
}
