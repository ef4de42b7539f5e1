package dev.anvilcheck;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Thrown by {@link AnvilProject#load(Path)} when the path cannot be read or is not an Anvil app. Every problem
 * inside an app is a finding instead. The message names the path and the reason.
 */
public class ProjectLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a project could not be loaded. */
    public enum Reason {
        /** The path does not exist. */
        NOT_FOUND,
        /** The path is a file, not a folder. */
        NOT_A_DIRECTORY,
        /** The path or its anvil.yaml cannot be read (permissions, I/O). */
        UNREADABLE,
        /** The folder has no anvil.yaml. */
        NOT_AN_ANVIL_APP
    }

    private final transient Path path;
    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param path the path that failed
     * @param reason why
     * @param message the full message
     * @param cause the I/O cause, may be null
     */
    public ProjectLoadException(Path path, Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.path = Objects.requireNonNull(path);
        this.reason = Objects.requireNonNull(reason);
    }

    /**
     * The path that could not be loaded.
     *
     * @return the path
     */
    public Path path() {
        return path;
    }

    /**
     * Why it could not be loaded.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
