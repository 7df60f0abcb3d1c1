package dev.rehearse.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseFolderGuardTest {

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseFolderIsItsOwnersOnlyAndAWiderOneIsNarrowed() throws Exception {
        Path fresh = dir.resolve("data");
        DatabaseFolderGuard.folderOf("jdbc:h2:file:" + fresh.resolve("rehearse")).ifPresent(DatabaseFolderGuard::guard);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rwx------");

        Path wide = Files.createDirectory(dir.resolve("old"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(wide, PosixFilePermissions.fromString("rwxr-xr-x"));
        DatabaseFolderGuard.guard(wide);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(wide))).isEqualTo("rwx------");
    }

    @Test
    void onlyH2FileUrlsHaveAFolder() {
        assertThat(DatabaseFolderGuard.folderOf("jdbc:h2:file:./data/rehearse"))
                .contains(Path.of("data").toAbsolutePath());
        assertThat(DatabaseFolderGuard.folderOf("jdbc:h2:./data/rehearse;MODE=PostgreSQL"))
                .contains(Path.of("data").toAbsolutePath());
        assertThat(DatabaseFolderGuard.folderOf("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(DatabaseFolderGuard.folderOf("jdbc:h2:tcp://localhost/x")).isEmpty();
        assertThat(DatabaseFolderGuard.folderOf("jdbc:postgresql://db/rehearse")).isEmpty();
        assertThat(DatabaseFolderGuard.folderOf("")).isEmpty();
    }
}
