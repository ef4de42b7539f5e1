package dev.anvilcheck.anvil.internal;

import dev.anvilcheck.anvil.DependencyMetadata;

/** The source that knows nothing; requirement checks against Python are skipped with it. Thread-safe. */
public final class NoMetadata implements DependencyMetadata {

    /** The one instance. */
    public static final NoMetadata INSTANCE = new NoMetadata();

    private NoMetadata() {
    }

    @Override
    public Lookup lookup(String name) {
        return Lookup.notFound();
    }

    @Override
    public String describe() {
        return "no metadata source";
    }
}
