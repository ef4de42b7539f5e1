package dev.anvilcheck.db.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anvilcheck.Finding;
import dev.anvilcheck.db.DbRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A migration that is a FIFO, a device, a socket-like special file, a folder or a broken link: one error naming it,
 * and the scan is fatal so nothing is migrated past a file that was not read. Before, such files were skipped
 * silently (and reading a FIFO would block forever: hence the timeout). No database is needed: the scan reads the
 * folder only.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MigrationSpecialFilesTest {

    static Migrator migrator(Path dir) {
        Target nowhere = Target.ofUrl("jdbc:postgresql://127.0.0.1:1/none", Optional.empty(), Optional.empty(), 1,
                Duration.ZERO, 1);
        return new Migrator(nowhere, Optional.of(dir), "migrations", "public", "anvil_schema_history",
                Duration.ofSeconds(1));
    }

    static void make(String kind, Path p) throws IOException, InterruptedException {
        switch (kind) {
            case "fifo" -> {
                assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")),
                        "skipped: /usr/bin/mkfifo is absent, and java.nio cannot make a FIFO");
                assumeTrue(new ProcessBuilder("/usr/bin/mkfifo", p.toString()).start().waitFor() == 0,
                        "skipped: mkfifo failed");
            }
            case "zero" -> Files.createSymbolicLink(p, Path.of("/dev/zero"));
            case "urandom" -> Files.createSymbolicLink(p, Path.of("/dev/urandom"));
            case "folder" -> Files.createDirectories(p);
            case "dangling" -> Files.createSymbolicLink(p, p.resolveSibling("nothing.sql"));
            case "loop" -> Files.createSymbolicLink(p, p.getFileName());
            default -> throw new IllegalArgumentException(kind);
        }
    }

    @ParameterizedTest
    @CsvSource({"fifo, is a FIFO (named pipe)", "zero, is a character device", "urandom, is a character device",
        "folder, is a folder", "dangling, is a symbolic link to a file that does not exist",
        "loop, is a symbolic link loop"})
    void migrationThatIsNoRegularFileIsOneFatalFindingNamingIt(String kind, String words, @TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("V1__init.sql"), "create table a (x int);");
        make(kind, dir.resolve("V2__more.sql"));
        Migrator.Scan scan = migrator(dir).scan();
        assertThat(scan.fatal()).isTrue();
        assertThat(scan.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(DbRule.MIGRATIONS_FOLDER);
            assertThat(f.message()).startsWith("'V2__more.sql' " + words);
            assertThat(f.location()).hasValueSatisfying(l -> assertThat(l.path())
                    .isEqualTo("migrations/V2__more.sql"));
        });
        assertThat(scan.files()).extracting(MigrationFile::script).containsExactly("V1__init.sql");
    }

    @Test
    void linkToARegularMigrationIsRead(@TempDir Path dir) throws Exception {
        Path real = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("x"), "select 1;");
        Path migrations = Files.createDirectories(dir.resolve("m"));
        Files.createSymbolicLink(migrations.resolve("V1__linked.sql"), real);
        Migrator.Scan scan = migrator(migrations).scan();
        assertThat(scan.findings()).extracting(Finding::message).isEmpty();
        assertThat(scan.files()).extracting(MigrationFile::script).containsExactly("V1__linked.sql");
    }
}
