package dev.anvilcheck.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Reads files from the user's project without ever opening something that is not a regular file: opening a FIFO
 * waits for a writer forever, and a device such as {@code /dev/zero} never ends. Every read goes through
 * {@link #readBytes(Path, long)}, which checks the file's type and size first and never reads past the limit.
 * Stateless and thread-safe.
 */
public final class SafeFiles {

    private SafeFiles() {
    }

    /** The file is not something that can be read: its {@link #getMessage()} says why, without the path. */
    public static final class NotReadableException extends IOException {
        private static final long serialVersionUID = 1L;

        /**
         * Creates the exception.
         *
         * @param reason why, as a phrase after the file's name ("is a FIFO (named pipe)")
         */
        public NotReadableException(String reason) {
            super(reason);
        }
    }

    /**
     * Why {@code file} cannot be read as a regular file, or empty when it can be opened as one (after following
     * symbolic links). Never opens the file.
     *
     * @param file the path
     * @return a phrase such as "is a FIFO (named pipe)", "is a folder, not a file", or empty
     */
    public static Optional<String> problem(Path file) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Optional.of(Files.isSymbolicLink(file) ? "is a symbolic link to a file that does not exist"
                    : "does not exist");
        } catch (AccessDeniedException e) {
            return Optional.of("cannot be read: permission denied");
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? "" : e.getReason();
            if (reason.toLowerCase(java.util.Locale.ROOT).contains("symbolic link")) {
                return Optional.of("is a symbolic link loop");
            }
            return Optional.of("cannot be read (" + (reason.isEmpty() ? e.getClass().getSimpleName() : reason)
                    + ")");
        } catch (IOException | RuntimeException e) {
            return Optional.of("cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (a.isRegularFile()) {
            return Optional.empty();
        }
        if (a.isDirectory()) {
            return Optional.of("is a folder, not a file");
        }
        return Optional.of("is " + otherKind(file) + ", not a regular file; it was not opened");
    }

    /** A FIFO, a device or a socket, as precisely as the platform tells. */
    private static String otherKind(Path file) {
        try {
            Object mode = Files.getAttribute(file, "unix:mode");
            if (mode instanceof Integer m) {
                switch (m & 0170000) {
                    case 0010000:
                        return "a FIFO (named pipe)";
                    case 0020000:
                        return "a character device";
                    case 0060000:
                        return "a block device";
                    case 0140000:
                        return "a socket";
                    default:
                        break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // no unix view (Windows): the generic words below
        }
        return "a pipe, device or socket";
    }

    /**
     * Reads a regular file of at most {@code maxBytes} bytes. A path that is not a regular file is never opened.
     *
     * @param file the file
     * @param maxBytes the largest size read
     * @return the content
     * @throws NotReadableException when the path is not a regular file (message: why), or is larger than
     *     {@code maxBytes} (message: "is larger than N MB and was not read")
     * @throws IOException when reading fails
     */
    public static byte[] readBytes(Path file, long maxBytes) throws IOException {
        Optional<String> problem = problem(file);
        if (problem.isPresent()) {
            throw new NotReadableException(problem.get());
        }
        if (Files.size(file) > maxBytes) {
            throw new NotReadableException(tooLarge(maxBytes));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new NotReadableException(tooLarge(maxBytes));
            }
            return bytes;
        }
    }

    /**
     * Whether {@code file} is an Emacs lock file ({@code .#name}, a symbolic link to a missing target by design):
     * never the user's content, so never reported as a broken link.
     *
     * @param file the path
     * @return true for an editor lock link
     */
    public static boolean isEditorLock(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().startsWith(".#") && Files.isSymbolicLink(file);
    }

    /**
     * Whether something is at {@code file} at all, a dangling symbolic link included.
     *
     * @param file the path
     * @return true when there is a directory entry
     */
    public static boolean entryExists(Path file) {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The phrase for an I/O failure, after a file's name: the reason of a {@link NotReadableException}, "cannot be
     * read: permission denied", and so on. Never a stack trace.
     *
     * @param e the failure
     * @return the phrase
     */
    public static String describe(IOException e) {
        if (e instanceof NotReadableException) {
            return e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "does not exist";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return "cannot be read (" + fse.getReason() + ")";
        }
        return "cannot be read (" + e.getClass().getSimpleName() + ")";
    }

    private static String tooLarge(long maxBytes) {
        String size = maxBytes >= 1024 * 1024 ? (maxBytes / (1024 * 1024)) + " MB"
                : maxBytes >= 1024 ? (maxBytes / 1024) + " KB" : maxBytes + " bytes";
        return "is larger than " + size + " and was not read";
    }
}
