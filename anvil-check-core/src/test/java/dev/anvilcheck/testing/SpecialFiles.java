package dev.anvilcheck.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes the special files a user's project can hold where a regular file is expected: FIFOs (reading one blocks
 * forever), devices, sockets, folders and broken links. Tests run as root, so "unreadable" is made with a
 * dangling link or a folder rather than with permissions.
 */
public final class SpecialFiles {

    private static final Path MKFIFO = Path.of("/usr/bin/mkfifo");

    private SpecialFiles() {
    }

    /** The kinds a test can ask for. */
    public enum Kind {
        /** A named pipe made by /usr/bin/mkfifo. */
        FIFO,
        /** A link to /dev/zero, which never ends. */
        DEVICE_ZERO,
        /** A link to /dev/urandom. */
        DEVICE_URANDOM,
        /** A Unix domain socket. */
        SOCKET,
        /** A folder. */
        FOLDER,
        /** A link to a file that does not exist. */
        DANGLING_LINK,
        /** A link to itself. */
        LINK_LOOP
    }

    /** Every kind. */
    public static final List<Kind> ALL = List.of(Kind.values());

    /**
     * Makes {@code kind} at {@code path} (parents created), or skips the test with the reason when this machine
     * cannot make it.
     *
     * @param kind the kind
     * @param path where
     * @return the path
     * @throws IOException when making it fails
     */
    public static Path make(Kind kind, Path path) throws IOException {
        Files.createDirectories(path.getParent());
        switch (kind) {
            case FIFO -> mkfifo(path);
            case DEVICE_ZERO -> device(path, "/dev/zero");
            case DEVICE_URANDOM -> device(path, "/dev/urandom");
            case SOCKET -> {
                assumeTrue(path.toString().length() < 100, "skipped: the socket path is too long for AF_UNIX");
                try (ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                    ch.bind(UnixDomainSocketAddress.of(path));
                } catch (UnsupportedOperationException e) {
                    assumeTrue(false, "skipped: Unix domain sockets are not supported here");
                }
            }
            case FOLDER -> Files.createDirectories(path);
            case DANGLING_LINK -> Files.createSymbolicLink(path, path.resolveSibling("does-not-exist"));
            case LINK_LOOP -> Files.createSymbolicLink(path, path.getFileName());
            default -> throw new IllegalArgumentException(kind.toString());
        }
        return path;
    }

    /**
     * Makes a FIFO with /usr/bin/mkfifo, or skips the test when it is absent.
     *
     * @param path where
     * @return the path
     * @throws IOException when starting mkfifo fails
     */
    public static Path mkfifo(Path path) throws IOException {
        assumeTrue(Files.isExecutable(MKFIFO), "skipped: /usr/bin/mkfifo is absent, and java.nio cannot make a FIFO");
        Files.createDirectories(path.getParent());
        Process p = new ProcessBuilder(MKFIFO.toString(), path.toString()).redirectErrorStream(true).start();
        try {
            assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0,
                    "skipped: mkfifo failed: " + new String(p.getInputStream().readAllBytes()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return path;
    }

    private static void device(Path path, String device) throws IOException {
        assumeTrue(Files.exists(Path.of(device)), "skipped: " + device + " is absent");
        Files.createSymbolicLink(path, Path.of(device));
    }

    /**
     * The words a finding or message uses for {@code kind}.
     *
     * @param kind the kind
     * @return a fragment of the message
     */
    public static String words(Kind kind) {
        return switch (kind) {
            case FIFO -> "is a FIFO (named pipe)";
            case DEVICE_ZERO, DEVICE_URANDOM -> "is a character device";
            case SOCKET -> "is a socket";
            case FOLDER -> "is a folder";
            case DANGLING_LINK -> "is a symbolic link to a file that does not exist";
            case LINK_LOOP -> "is a symbolic link loop";
        };
    }
}
