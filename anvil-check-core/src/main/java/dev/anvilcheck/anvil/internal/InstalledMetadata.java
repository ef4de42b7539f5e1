package dev.anvilcheck.anvil.internal;

import dev.anvilcheck.anvil.DependencyMetadata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Distributions installed in an interpreter's site-packages, read from their {@code .dist-info} (or
 * {@code .egg-info}) folders: METADATA, top_level.txt and RECORD. Loaded once, on first use; thread-safe.
 */
public final class InstalledMetadata implements DependencyMetadata {

    private static final long MAX_FILE = 4L * 1024 * 1024;

    private final Path given;
    private volatile Map<String, Project> projects;
    private volatile String problem = "";

    private InstalledMetadata(Path given) {
        this.given = given;
    }

    /**
     * The source for an interpreter, prefix, venv or site-packages folder.
     *
     * @param interpreterOrDir the path
     * @return the source
     */
    public static InstalledMetadata of(Path interpreterOrDir) {
        return new InstalledMetadata(interpreterOrDir);
    }

    /**
     * The site-packages folders that belong to a path.
     *
     * @param p an interpreter, prefix, venv or site-packages folder
     * @return the folders found
     */
    static List<Path> sitePackages(Path p) {
        List<Path> out = new ArrayList<>();
        if (Files.isDirectory(p) && (p.getFileName() != null
                && (p.getFileName().toString().equals("site-packages")
                || p.getFileName().toString().equals("dist-packages")))) {
            out.add(p);
            return out;
        }
        Path prefix = p;
        if (Files.isRegularFile(p) || (!Files.isDirectory(p) && p.getParent() != null)) {
            Path bin = p.getParent();
            prefix = bin == null ? p : bin.getParent() == null ? bin : bin.getParent();
        }
        for (String libName : List.of("lib", "lib64", "Lib")) {
            Path lib = prefix.resolve(libName);
            if (!Files.isDirectory(lib)) {
                continue;
            }
            if (libName.equals("Lib") && Files.isDirectory(lib.resolve("site-packages"))) {
                out.add(lib.resolve("site-packages"));
                continue;
            }
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(lib, "python*")) {
                for (Path d : ds) {
                    Path sp = d.resolve("site-packages");
                    if (Files.isDirectory(sp) && !out.contains(sp)) {
                        out.add(sp);
                    }
                }
            } catch (IOException e) {
                // an unreadable lib folder holds nothing we can use
            }
        }
        return out;
    }

    private Map<String, Project> load() {
        Map<String, Project> p = projects;
        if (p != null) {
            return p;
        }
        synchronized (this) {
            if (projects == null) {
                Map<String, Project> m = new HashMap<>();
                List<Path> dirs = sitePackages(given);
                if (dirs.isEmpty()) {
                    problem = "no site-packages found for " + given;
                }
                for (Path sp : dirs) {
                    scan(sp, m);
                }
                projects = Map.copyOf(m);
            }
            return projects;
        }
    }

    private static void scan(Path sitePackages, Map<String, Project> out) {
        List<Path> infos = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(sitePackages)) {
            for (Path d : ds) {
                String n = d.getFileName().toString();
                if ((n.endsWith(".dist-info") || n.endsWith(".egg-info")) && Files.isDirectory(d)) {
                    infos.add(d);
                }
            }
        } catch (IOException e) {
            return;
        }
        infos.sort(null);
        for (Path info : infos) {
            boolean dist = info.getFileName().toString().endsWith(".dist-info");
            Optional<String> text = readSmall(info.resolve(dist ? "METADATA" : "PKG-INFO"));
            if (text.isEmpty()) {
                continue;
            }
            Map<String, String> headers = headers(text.get());
            String name = headers.get("name");
            String version = headers.get("version");
            if (name == null || version == null) {
                continue;
            }
            List<String> top = topLevel(info);
            DependencyMetadata.Release release = new DependencyMetadata.Release(version,
                    Optional.ofNullable(headers.get("requires-python")).map(String::trim).filter(s -> !s.isEmpty()),
                    List.of(), false);
            out.putIfAbsent(Requirements.normalize(name),
                    new DependencyMetadata.Project(name, Map.of(version, release), top));
        }
    }

    /** The first header block of a METADATA file, keys lower-cased; the first value of each key wins. */
    static Map<String, String> headers(String text) {
        Map<String, String> h = new HashMap<>();
        for (String line : text.split("\r?\n", -1)) {
            if (line.isEmpty()) {
                break;
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                continue;
            }
            int c = line.indexOf(':');
            if (c > 0) {
                h.putIfAbsent(line.substring(0, c).trim().toLowerCase(java.util.Locale.ROOT),
                        line.substring(c + 1).trim());
            }
        }
        return h;
    }

    private static List<String> topLevel(Path info) {
        Set<String> out = new LinkedHashSet<>();
        Optional<String> tl = readSmall(info.resolve("top_level.txt"));
        if (tl.isPresent()) {
            for (String l : tl.get().split("\r?\n")) {
                String t = l.trim().replace('/', '.');
                if (!t.isEmpty()) {
                    out.add(t.contains(".") ? t.substring(0, t.indexOf('.')) : t);
                }
            }
            return List.copyOf(out);
        }
        Optional<String> record = readSmall(info.resolve("RECORD"));
        if (record.isPresent()) {
            for (String l : record.get().split("\r?\n")) {
                int comma = l.indexOf(',');
                String path = comma >= 0 ? l.substring(0, comma) : l;
                if (path.startsWith("\"")) {
                    path = path.substring(1);
                }
                int slash = path.indexOf('/');
                String first = slash >= 0 ? path.substring(0, slash) : path;
                if (first.isEmpty() || first.equals("..") || first.endsWith(".dist-info") || first.endsWith(".data")
                        || first.equals("__pycache__") || first.endsWith(".pth")) {
                    continue;
                }
                if (slash < 0) {
                    if (first.endsWith(".py")) {
                        out.add(first.substring(0, first.length() - 3));
                    } else if (first.contains(".cpython-") || first.endsWith(".so") || first.endsWith(".pyd")) {
                        out.add(first.substring(0, first.indexOf('.')));
                    }
                } else if (!first.contains("-") && !first.contains(".")) {
                    out.add(first);
                }
            }
        }
        return List.copyOf(out);
    }

    private static Optional<String> readSmall(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_FILE) {
                return Optional.empty();
            }
            return Optional.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public Lookup lookup(String name) {
        Map<String, Project> m = load();
        if (m.isEmpty() && !problem.isEmpty()) {
            return Lookup.unavailable(problem);
        }
        Project p = m.get(Requirements.normalize(name));
        return p == null ? Lookup.notFound() : Lookup.found(p);
    }

    /**
     * Every installed project, by normalised name.
     *
     * @return the projects
     */
    public Map<String, Project> all() {
        return load();
    }

    @Override
    public String describe() {
        return "distributions installed for " + given;
    }
}
