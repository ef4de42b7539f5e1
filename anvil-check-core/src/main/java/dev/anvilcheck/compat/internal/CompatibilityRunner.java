package dev.anvilcheck.compat.internal;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CodeRoot;
import dev.anvilcheck.Details;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.SourceFile;
import dev.anvilcheck.compat.CompatibilityResult;
import dev.anvilcheck.compat.FileCompatibility;
import dev.anvilcheck.compat.PyRule;
import dev.anvilcheck.compat.RootSummary;
import dev.anvilcheck.compat.Target;
import dev.anvilcheck.config.AnvilYaml;
import dev.anvilcheck.internal.io.SafeFiles;
import dev.anvilcheck.internal.project.Globs;
import dev.anvilcheck.internal.project.ProjectScanner;
import dev.anvilcheck.python.ParseOptions;
import dev.anvilcheck.python.ParseResult;
import dev.anvilcheck.python.PythonParser;
import dev.anvilcheck.python.PythonVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Runs {@link FileAnalyzer} over a project or a tree and assembles the result. Stateless; thread-safe. */
public final class CompatibilityRunner {

    private CompatibilityRunner() {
    }

    /** The targets of a project's code roots. */
    record Targets(Optional<Target> server, Target client, List<Finding> problems) {
    }

    /**
     * Checks a project.
     *
     * @param project the project
     * @param override a target for every code root, from the chain
     * @param table the API table
     * @return the result with rule settings applied
     */
    public static CompatibilityResult project(AnvilProject project, Optional<Target> override, ApiTable table) {
        Targets targets = targets(project, override);
        Set<String> backports = backports(List.of(project.root().resolve("server_code/requirements.txt"),
                project.root().resolve("requirements.txt")));
        // files are independent: parse and analyze them on every core, keeping their order
        List<FileCompatibility> files = project.pythonFiles().parallelStream().map(f -> {
            Optional<Target> t = f.root() == CodeRoot.CLIENT ? Optional.of(targets.client()) : targets.server();
            return applyPolicy(file(f.path(), f.file(), f.root(), t, table, backports), project::applyRuleSettings);
        }).toList();
        CompatibilityResult r = CompatibilityResult.of(files, summaries(files));
        if (targets.problems().isEmpty()) {
            return r;
        }
        List<Finding> all = new ArrayList<>(r.findings());
        all.addAll(project.applyRuleSettings(targets.problems()));
        return new CompatibilityResult(r.files(), r.roots(), all);
    }

    /**
     * Checks a plain file or folder.
     *
     * @param path a file or folder
     * @param target the target, or empty for versions only
     * @param table the API table
     * @return the result
     * @throws IOException when the path cannot be listed or does not exist
     */
    public static CompatibilityResult tree(Path path, Optional<Target> target, ApiTable table) throws IOException {
        Path abs = path.toAbsolutePath().normalize();
        List<FileCompatibility> files = new ArrayList<>();
        if (!Files.isDirectory(abs) && SafeFiles.entryExists(abs)) {
            // a file, or a FIFO, device, socket or broken link given as the path: file() reports what it cannot read
            Set<String> backports = backports(List.of(abs.resolveSibling("requirements.txt")));
            files.add(file(abs.getFileName().toString(), abs, CodeRoot.OTHER, target, table, backports));
        } else if (Files.isDirectory(abs)) {
            Set<String> backports = backports(List.of(abs.resolve("requirements.txt")));
            files.addAll(ProjectScanner.pythonFiles(abs, new Globs(List.of())).parallelStream()
                    .map(f -> file(f.path(), f.file(), CodeRoot.OTHER, target, table, backports)).toList());
        } else {
            throw new java.nio.file.NoSuchFileException(path.toString());
        }
        return CompatibilityResult.of(files, summaries(files));
    }

    /**
     * Checks source text.
     *
     * @param path the path for locations
     * @param source the text
     * @param root where it runs
     * @param target the target
     * @param table the API table
     * @return the file's result
     */
    public static FileCompatibility source(String path, String source, CodeRoot root, Optional<Target> target,
            ApiTable table) {
        PythonVersion v = target.map(Target::lowest).orElse(PythonVersion.LATEST);
        ParseResult parse = PythonParser.parse(source, new ParseOptions(path, v));
        return FileAnalyzer.analyze(path, root, target, parse, table, Set.of());
    }

    private static FileCompatibility file(String rel, Path file, CodeRoot root, Optional<Target> target,
            ApiTable table, Set<String> backports) {
        byte[] bytes;
        try {
            bytes = SafeFiles.readBytes(file, Integer.MAX_VALUE - 8);
        } catch (IOException e) {
            Finding f = Finding.of(PyRule.FILE_UNREADABLE, Location.file(rel), rel + " " + SafeFiles.describe(e));
            return new FileCompatibility(rel, root, target, PythonVersion.PY30, Optional.empty(), Optional.empty(),
                    List.of(f), List.of(), Set.of());
        } catch (RuntimeException e) {
            Finding f = Finding.of(PyRule.FILE_UNREADABLE, Location.file(rel), rel + " cannot be read ("
                    + e.getClass().getSimpleName() + ")");
            return new FileCompatibility(rel, root, target, PythonVersion.PY30, Optional.empty(), Optional.empty(),
                    List.of(f), List.of(), Set.of());
        }
        PythonVersion v = target.map(Target::lowest).orElse(PythonVersion.LATEST);
        ParseResult parse = PythonParser.parse(bytes, new ParseOptions(rel, v));
        return FileAnalyzer.analyze(rel, root, target, parse, table, backports);
    }

    private static FileCompatibility applyPolicy(FileCompatibility f, UnaryOperator<List<Finding>> policy) {
        return new FileCompatibility(f.path(), f.root(), f.target(), f.minimumVersion(), f.maximumVersion(),
                f.decidedBy(), policy.apply(f.syntaxErrors()), policy.apply(f.findings()), f.features());
    }

    /**
     * The summaries per code root.
     *
     * @param files the files
     * @return one summary per root that has files
     */
    static List<RootSummary> summaries(List<FileCompatibility> files) {
        Map<CodeRoot, List<FileCompatibility>> by = new EnumMap<>(CodeRoot.class);
        for (FileCompatibility f : files) {
            by.computeIfAbsent(f.root(), k -> new ArrayList<>()).add(f);
        }
        List<RootSummary> out = new ArrayList<>();
        for (Map.Entry<CodeRoot, List<FileCompatibility>> e : by.entrySet()) {
            PythonVersion min = PythonVersion.PY30;
            String decided = null;
            Optional<PythonVersion> max = Optional.empty();
            for (FileCompatibility f : e.getValue()) {
                if (f.minimumVersion().compareTo(min) > 0) {
                    min = f.minimumVersion();
                    decided = f.decidedBy().map(d -> f.path() + ": " + d).orElse(null);
                }
                if (f.maximumVersion().isPresent() && (max.isEmpty() || f.maximumVersion().get().before(max.get()))) {
                    max = f.maximumVersion();
                }
            }
            Optional<Target> target = e.getValue().get(0).target();
            out.add(new RootSummary(e.getKey(), target, e.getValue().size(), min, max, Optional.ofNullable(decided)));
        }
        return out;
    }

    /** Server (and other) code's target and client code's target, in order of precedence. */
    static Targets targets(AnvilProject project, Optional<Target> override) {
        List<Finding> problems = new ArrayList<>();
        Optional<Target> server = override;
        if (server.isEmpty()) {
            server = parseTarget(project.options().serverTarget(), "the server target", problems);
        }
        if (server.isEmpty()) {
            server = parseTarget(project.checkConfig().python().server(), "python.server", problems);
        }
        if (server.isEmpty()) {
            server = project.anvilYaml().map(AnvilYaml::runtime).flatMap(AnvilYaml.RuntimeOptions::serverPython)
                    .map(Target::of);
        }
        Optional<Target> client = override;
        if (client.isEmpty()) {
            client = parseTarget(project.options().clientTarget(), "the client target", problems);
        }
        if (client.isEmpty()) {
            client = parseTarget(project.checkConfig().python().client(), "python.client", problems);
        }
        Target c = client.map(t -> new Target(t.lowest(), t.lowest(), true)).orElse(Target.SKULPT);
        return new Targets(server.map(t -> t.skulpt() ? Target.of(t.lowest()) : t), c, problems);
    }

    private static Optional<Target> parseTarget(Optional<String> text, String what, List<Finding> problems) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Target> t = Target.tryParse(text.get());
        if (t.isEmpty()) {
            Location where = what.startsWith("python.") ? Location.file(AnvilProject.CHECK_YAML) : null;
            problems.add(Finding.of(PyRule.INVALID_TARGET, where,
                    what + " '" + text.get() + "' is not a Python target")
                    .withHint("write a version (3.10), a range (3.7-3.13) or 3.7-skulpt")
                    .withDetails(Details.NONE));
        }
        return t;
    }

    /** Module names that backport packages named in requirements files provide. */
    static Set<String> backports(List<Path> requirements) {
        Set<String> out = new HashSet<>();
        for (Path p : requirements) {
            List<String> lines;
            try {
                if (!Files.isRegularFile(p)) {
                    continue;
                }
                lines = new String(SafeFiles.readBytes(p, 1024 * 1024), java.nio.charset.StandardCharsets.UTF_8)
                        .lines().toList();
            } catch (IOException | RuntimeException e) {
                continue;
            }
            for (String line : lines) {
                String name = line.strip().split("[=<>~!;\\[\\s#@]", 2)[0].toLowerCase(Locale.ROOT);
                String module = ApiVisitor.SAME_NAME_BACKPORTS.get(name);
                if (module != null) {
                    out.add(module);
                }
            }
        }
        return Set.copyOf(out);
    }
}
