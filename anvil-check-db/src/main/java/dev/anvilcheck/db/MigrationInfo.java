package dev.anvilcheck.db;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One migration as the folder and the history table see it together.
 *
 * <p>Immutable and thread-safe.
 *
 * @param version the version ({@code 1.2}, {@code 3})
 * @param description the description
 * @param script the file relative to the migrations folder, or the history's script when the file is gone
 * @param checksum the file's checksum, or the recorded one when the file is gone
 * @param state where the migration stands
 * @param installedOn when it was applied (or failed), if it was
 * @param installedBy the database user that applied it, if it was
 * @param executionTime how long it took, if it ran
 * @param transactional whether it runs inside a transaction
 */
public record MigrationInfo(String version, String description, String script, Optional<Integer> checksum,
                            State state, Optional<Instant> installedOn, Optional<String> installedBy,
                            Optional<Duration> executionTime, boolean transactional) {

    /** Checks for nulls. */
    public MigrationInfo {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(installedOn, "installedOn");
        Objects.requireNonNull(installedBy, "installedBy");
        Objects.requireNonNull(executionTime, "executionTime");
    }

    /** Where a migration stands. */
    public enum State {
        /** In the folder, not applied yet. */
        PENDING,
        /** Applied successfully. */
        APPLIED,
        /** Applied, but the file has changed since. */
        CHANGED,
        /** Recorded as failed. */
        FAILED,
        /** Recorded as applied; the file is gone. */
        MISSING,
        /** Not applied and below the applied version, so not run. */
        OUT_OF_ORDER,
        /** The baseline record itself. */
        BASELINE,
        /** At or below the baseline version, so never run. */
        BELOW_BASELINE
    }
}
