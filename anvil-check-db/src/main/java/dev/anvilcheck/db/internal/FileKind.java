package dev.anvilcheck.db.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a path is not a regular file, found without opening it: opening a FIFO waits for a writer forever and a
 * device such as /dev/zero never ends. (The core has the same check in its internal packages, which this module
 * cannot use on the module path.) Stateless and thread-safe.
 */
final class FileKind {

    private FileKind() {
    }

    /**
     * Why {@code file} cannot be read as a regular file (links followed), or empty when it can.
     *
     * @param file the path
     * @return a phrase such as "is a FIFO (named pipe), not a regular file; it was not opened", or empty
     */
    static Optional<String> problem(Path file) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Optional.of(Files.isSymbolicLink(file) ? "is a symbolic link to a file that does not exist"
                    : "does not exist");
        } catch (AccessDeniedException e) {
            return Optional.of("cannot be read: permission denied");
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
            return Optional.of(reason.toLowerCase(Locale.ROOT).contains("symbolic link") ? "is a symbolic link loop"
                    : "cannot be read (" + reason + ")");
        } catch (IOException | RuntimeException e) {
            return Optional.of("cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (a.isRegularFile()) {
            return Optional.empty();
        }
        if (a.isDirectory()) {
            return Optional.of("is a folder, not a file");
        }
        String kind = "a pipe, device or socket";
        try {
            if (Files.getAttribute(file, "unix:mode") instanceof Integer m) {
                int type = m & 0170000;
                kind = type == 0010000 ? "a FIFO (named pipe)" : type == 0020000 ? "a character device"
                        : type == 0060000 ? "a block device" : type == 0140000 ? "a socket" : kind;
            }
        } catch (IOException | RuntimeException e) {
            // no unix view (Windows): the generic words
        }
        return Optional.of("is " + kind + ", not a regular file; it was not opened");
    }
}
