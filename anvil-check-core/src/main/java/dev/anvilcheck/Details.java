package dev.anvilcheck;

import java.util.Objects;
import java.util.Optional;

/**
 * What a finding carries besides its message, by kind. The fields of each record are written flat into the
 * finding's JSON ({@code "kind": "syntax", "feature": "walrus", "minVersion": "3.8"}).
 *
 * <p>All implementations are immutable records and thread-safe.
 */
public sealed interface Details
        permits Details.None, Details.Compatibility, Details.Secret, Details.Database {

    /** The details of a finding that has none. */
    None NONE = new None();

    /** No details. */
    record None() implements Details {
    }

    /**
     * A Python compatibility finding.
     *
     * @param kind {@code syntax} or {@code api}
     * @param feature the feature id or API symbol ({@code walrus}, {@code math.prod})
     * @param minVersion the first version that has it, when it was added
     * @param removedIn the first version that no longer has it, when it was removed
     */
    record Compatibility(String kind, String feature, Optional<String> minVersion, Optional<String> removedIn)
            implements Details {
        /** Checks for nulls. */
        public Compatibility {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(feature, "feature");
            Objects.requireNonNull(minVersion, "minVersion");
            Objects.requireNonNull(removedIn, "removedIn");
        }
    }

    /**
     * A secrets finding. Never holds the value: only its name and a fingerprint (a salted hash) that a baseline
     * can store.
     *
     * @param key the variable or secret name
     * @param fingerprint a stable hash of rule, path and value, hex
     */
    record Secret(String key, String fingerprint) implements Details {
        /** Checks for nulls. */
        public Secret {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(fingerprint, "fingerprint");
        }
    }

    /**
     * A database finding.
     *
     * @param object the database object ({@code app_tables.orders.total})
     * @param expected what the app needs, when that applies
     * @param actual what the database has, when that applies
     */
    record Database(String object, Optional<String> expected, Optional<String> actual) implements Details {
        /** Checks for nulls. */
        public Database {
            Objects.requireNonNull(object, "object");
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(actual, "actual");
        }
    }
}
