package dev.anvilcheck.secrets.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anvilcheck.internal.io.SafeFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The baseline file {@code .anvil-check-baseline.json} beside anvil.yaml: the fingerprints of accepted hard-coded
 * secret findings, and nothing else (no values, no paths, no lines).
 *
 * <pre>
 * {"version": 1, "tool": "anvil-check", "fingerprints": ["3f2a...", "9b1c..."]}
 * </pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Baseline {

    /** The file's name. */
    public static final String FILE = ".anvil-check-baseline.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Baseline() {
    }

    /** A read baseline: its fingerprints, or a problem (never showing the file's content). */
    public record Read(Set<String> fingerprints, Optional<String> problem) {
        /** Copies the set. */
        public Read {
            fingerprints = Set.copyOf(fingerprints);
        }
    }

    /**
     * Reads the baseline of a project root; an absent file is an empty baseline.
     *
     * @param root the project root
     * @return the fingerprints, or a problem
     */
    public static Read read(Path root) {
        Path file = root.resolve(FILE);
        if (!SafeFiles.entryExists(file)) {
            return new Read(Set.of(), Optional.empty());
        }
        Optional<String> problem = SafeFiles.problem(file);
        if (problem.isPresent()) {
            // a FIFO or a device is never opened
            return new Read(Set.of(), Optional.of("it " + problem.get()));
        }
        try {
            if (Files.size(file) > 16L * 1024 * 1024) {
                return new Read(Set.of(), Optional.of("it is larger than 16 MB"));
            }
            JsonNode n = MAPPER.readTree(SafeFiles.readBytes(file, 16L * 1024 * 1024));
            if (n == null || !n.isObject() || !n.path("fingerprints").isArray()) {
                return new Read(Set.of(), Optional.of("it has no \"fingerprints\" list"));
            }
            Set<String> out = new TreeSet<>();
            for (JsonNode f : n.get("fingerprints")) {
                if (!f.isTextual() || !f.asText().matches("[0-9a-f]{64}")) {
                    return new Read(Set.of(), Optional.of("an entry of \"fingerprints\" is not a 64-digit hex "
                            + "fingerprint"));
                }
                out.add(f.asText());
            }
            return new Read(out, Optional.empty());
        } catch (IOException e) {
            return new Read(Set.of(), Optional.of("it is not valid JSON (" + e.getClass().getSimpleName() + ")"));
        }
    }

    /**
     * Writes a baseline atomically, sorted.
     *
     * @param root the project root
     * @param fingerprints the fingerprints to accept
     * @return the file written
     * @throws IOException when it cannot be written
     */
    public static Path write(Path root, Collection<String> fingerprints) throws IOException {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("version", 1);
        o.put("tool", "anvil-check");
        ArrayNode arr = o.putArray("fingerprints");
        new TreeSet<>(fingerprints).forEach(arr::add);
        Path file = root.resolve(FILE);
        Path tmp = Files.createTempFile(root, ".anvil-check-baseline", ".tmp");
        try {
            Files.write(tmp, (MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return file;
    }
}
