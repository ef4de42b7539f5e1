package dev.anvilcheck.anvil.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anvilcheck.anvil.DependencyMetadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads projects from the PyPI JSON API shape and from the fixed-file shape. */
final class PypiJson {

    private PypiJson() {
    }

    /**
     * A project from a PyPI JSON API answer: {@code info.name}, {@code info.requires_python} (of the latest
     * release) and {@code releases} (version to file list with filename, requires_python, yanked).
     */
    static DependencyMetadata.Project fromPypi(String asked, JsonNode root) {
        String name = text(root.path("info").path("name")).orElse(asked);
        Map<String, DependencyMetadata.Release> releases = new LinkedHashMap<>();
        JsonNode rel = root.path("releases");
        for (Map.Entry<String, JsonNode> e : rel.properties()) {
            List<DependencyMetadata.DistFile> files = new ArrayList<>();
            Optional<String> requires = Optional.empty();
            boolean yanked = e.getValue().size() > 0;
            for (JsonNode f : e.getValue()) {
                Optional<String> fn = text(f.path("filename"));
                Optional<String> rp = text(f.path("requires_python"));
                fn.ifPresent(s -> files.add(new DependencyMetadata.DistFile(s, rp)));
                if (requires.isEmpty()) {
                    requires = rp;
                }
                yanked &= f.path("yanked").asBoolean(false);
            }
            releases.put(e.getKey(), new DependencyMetadata.Release(e.getKey(), requires, files, yanked));
        }
        String latest = root.path("info").path("version").asText("");
        Optional<String> infoRp = text(root.path("info").path("requires_python"));
        if (!latest.isEmpty() && infoRp.isPresent()) {
            DependencyMetadata.Release r = releases.get(latest);
            if (r == null) {
                releases.put(latest, new DependencyMetadata.Release(latest, infoRp, List.of(), false));
            } else if (r.requiresPython().isEmpty()) {
                releases.put(latest, new DependencyMetadata.Release(latest, infoRp, r.files(), r.yanked()));
            }
        }
        return new DependencyMetadata.Project(name, releases, List.of());
    }

    /** A project from the fixed file's shape: {@code {"top_level": [...], "releases": {v: {requires_python, files}}}}. */
    static DependencyMetadata.Project fromFile(String name, JsonNode node) {
        Map<String, DependencyMetadata.Release> releases = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.path("releases").properties()) {
            List<DependencyMetadata.DistFile> files = new ArrayList<>();
            for (JsonNode f : e.getValue().path("files")) {
                if (f.isTextual()) {
                    files.add(new DependencyMetadata.DistFile(f.asText(), Optional.empty()));
                } else {
                    text(f.path("filename")).ifPresent(s -> files.add(
                            new DependencyMetadata.DistFile(s, text(f.path("requires_python")))));
                }
            }
            releases.put(e.getKey(), new DependencyMetadata.Release(e.getKey(),
                    text(e.getValue().path("requires_python")), files, e.getValue().path("yanked").asBoolean(false)));
        }
        List<String> top = new ArrayList<>();
        for (JsonNode t : node.path("top_level")) {
            if (t.isTextual()) {
                top.add(t.asText());
            }
        }
        return new DependencyMetadata.Project(name, releases, top);
    }

    private static Optional<String> text(JsonNode n) {
        return n.isTextual() && !n.asText().isBlank() ? Optional.of(n.asText().trim()) : Optional.empty();
    }
}
