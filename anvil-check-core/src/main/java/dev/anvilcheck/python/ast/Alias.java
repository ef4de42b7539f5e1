package dev.anvilcheck.python.ast;

import dev.anvilcheck.python.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * An imported name {@code name as asname}.
 *
 * <p>Immutable and thread-safe, like every node.
 *
 * @param range where it is
 */
@SuppressWarnings("unused")
public record Alias(TextRange range, String name, Optional<String> asname) implements Node {
}
