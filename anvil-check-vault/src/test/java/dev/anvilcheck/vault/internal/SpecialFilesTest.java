package dev.anvilcheck.vault.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Vault token file and CA file, when they are a FIFO, a device, a folder or a broken link: one clear message
 * naming the file, never a hang (opening a FIFO waits for a writer forever, hence the timeout).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SpecialFilesTest {

    static Path make(String kind, Path p) throws IOException, InterruptedException {
        switch (kind) {
            case "fifo" -> {
                assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")),
                        "skipped: /usr/bin/mkfifo is absent, and java.nio cannot make a FIFO");
                assumeTrue(new ProcessBuilder("/usr/bin/mkfifo", p.toString()).start().waitFor() == 0,
                        "skipped: mkfifo failed");
            }
            case "zero" -> Files.createSymbolicLink(p, Path.of("/dev/zero"));
            case "folder" -> Files.createDirectories(p);
            case "dangling" -> Files.createSymbolicLink(p, p.resolveSibling("nothing"));
            case "loop" -> Files.createSymbolicLink(p, p.getFileName());
            case "big" -> Files.write(p, new byte[(int) Tls.MAX_CA_FILE_BYTES + 1]);
            default -> throw new IllegalArgumentException(kind);
        }
        return p;
    }

    @ParameterizedTest
    @CsvSource({"fifo, is a FIFO (named pipe)", "zero, is a character device", "folder, is a folder",
        "dangling, is a symbolic link to a file that does not exist", "loop, is a symbolic link loop",
        "big, is larger than 64 KB"})
    void tokenFileThatIsNoRegularFileIsOneMessageNamingIt(String kind, String words, @TempDir Path dir)
            throws Exception {
        Path p = make(kind, dir.resolve("token"));
        assertThatThrownBy(() -> TokenSource.file(p).resolve()).isInstanceOf(TokenSource.TokenException.class)
                .hasMessage("the token file " + p + " " + expected(words));
    }

    @ParameterizedTest
    @CsvSource({"fifo, is a FIFO (named pipe)", "zero, is a character device", "folder, is a folder",
        "dangling, is a symbolic link to a file that does not exist", "loop, is a symbolic link loop",
        "big, is larger than 16 MB"})
    void caFileThatIsNoRegularFileIsOneMessageNamingIt(String kind, String words, @TempDir Path dir)
            throws Exception {
        Path p = make(kind, dir.resolve("ca.pem"));
        assertThatThrownBy(() -> Tls.trusting(p)).isInstanceOf(CallException.class)
                .hasMessageStartingWith("the CA file " + p + " " + words);
    }

    @ParameterizedTest
    @CsvSource({"plain", "link"})
    void aRegularTokenFileOrALinkToOneIsRead(String how, @TempDir Path dir) throws Exception {
        Path real = Files.writeString(dir.resolve("real"), "  s.token-value\n");
        Path p = how.equals("link") ? Files.createSymbolicLink(dir.resolve("link"), real) : real;
        assertThat(TokenSource.file(p).resolve()).isNotNull();
    }

    private static String expected(String words) {
        return words.equals("is larger than 64 KB") ? words + " and was not read" : words
                + (words.startsWith("is a symbolic") ? "" : words.equals("is a folder") ? ", not a file"
                : ", not a regular file; it was not opened");
    }
}
