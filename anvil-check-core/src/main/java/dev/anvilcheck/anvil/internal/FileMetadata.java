package dev.anvilcheck.anvil.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anvilcheck.anvil.DependencyMetadata;
import dev.anvilcheck.internal.io.SafeFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Metadata from a fixed JSON file, read once when created. Immutable and thread-safe. */
public final class FileMetadata implements DependencyMetadata {

    private static final long MAX_BYTES = 32L * 1024 * 1024;

    private final Path file;
    private final Map<String, Project> projects;
    private final String problem;

    private FileMetadata(Path file, Map<String, Project> projects, String problem) {
        this.file = file;
        this.projects = Map.copyOf(projects);
        this.problem = problem;
    }

    /**
     * Reads the file; a missing or malformed file gives a source whose lookups are unavailable.
     *
     * @param file the file
     * @return the source
     */
    public static FileMetadata read(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(SafeFiles.readBytes(file, MAX_BYTES));
            if (root == null || !root.path("packages").isObject()) {
                return new FileMetadata(file, Map.of(), file + " has no \"packages\" object");
            }
            Map<String, Project> m = new HashMap<>();
            for (Map.Entry<String, JsonNode> e : root.path("packages").properties()) {
                m.put(Requirements.normalize(e.getKey()), PypiJson.fromFile(e.getKey(), e.getValue()));
            }
            return new FileMetadata(file, m, "");
        } catch (IOException e) {
            // a FIFO or a device is never opened
            return new FileMetadata(file, Map.of(), file + " " + SafeFiles.describe(e));
        }
    }

    @Override
    public Lookup lookup(String name) {
        if (!problem.isEmpty()) {
            return Lookup.unavailable(problem);
        }
        Project p = projects.get(Requirements.normalize(name));
        return p == null ? Lookup.notFound() : Lookup.found(p);
    }

    @Override
    public String describe() {
        return "the metadata file " + file.getFileName();
    }
}
