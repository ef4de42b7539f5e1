package dev.anvilcheck.anvil.internal;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CodeRoot;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.anvil.AnvilResult;
import dev.anvilcheck.anvil.AnvilRule;
import dev.anvilcheck.anvil.DependencyMetadata;
import dev.anvilcheck.config.AnvilYaml;
import dev.anvilcheck.internal.io.SafeFiles;
import dev.anvilcheck.internal.yaml.YNode;
import dev.anvilcheck.internal.yaml.YamlReader;
import dev.anvilcheck.python.PythonVersion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Server requirements: syntax, duplicates, conflicts, pins, the server's Python, undeclared imports. */
final class RequirementsCheck {

    private RequirementsCheck() {
    }

    static final String SERVER_REQUIREMENTS = "server_code/requirements.txt";
    static final String TOP_REQUIREMENTS = "anvil-server-requirements.txt";
    private static final long MAX_BYTES = 1024 * 1024;
    private static final int MAX_INCLUDE_DEPTH = 10;

    /** The outcome. */
    record Outcome(List<Finding> findings, List<AnvilResult.Requirement> requirements) {
    }

    /** A requirement with its place. */
    private record Placed(Requirements.Req req, Location location, boolean active) {
    }

    /** Module names whose distribution is named otherwise. */
    private static final Map<String, List<String>> KNOWN = Map.ofEntries(
            Map.entry("yaml", List.of("pyyaml")), Map.entry("bs4", List.of("beautifulsoup4")),
            Map.entry("PIL", List.of("pillow")), Map.entry("dateutil", List.of("python-dateutil")),
            Map.entry("sklearn", List.of("scikit-learn")),
            Map.entry("cv2", List.of("opencv-python", "opencv-python-headless", "opencv-contrib-python")),
            Map.entry("jwt", List.of("pyjwt")), Map.entry("dotenv", List.of("python-dotenv")),
            Map.entry("attr", List.of("attrs")), Map.entry("Crypto", List.of("pycryptodome", "pycrypto")),
            Map.entry("OpenSSL", List.of("pyopenssl")), Map.entry("magic", List.of("python-magic")),
            Map.entry("docx", List.of("python-docx")), Map.entry("pptx", List.of("python-pptx")),
            Map.entry("serial", List.of("pyserial")), Map.entry("MySQLdb", List.of("mysqlclient")),
            Map.entry("psycopg2", List.of("psycopg2", "psycopg2-binary")), Map.entry("fitz", List.of("pymupdf")),
            Map.entry("telegram", List.of("python-telegram-bot")), Map.entry("jose", List.of("python-jose")),
            Map.entry("slugify", List.of("python-slugify")), Map.entry("multipart", List.of("python-multipart")),
            Map.entry("zmq", List.of("pyzmq")), Map.entry("googleapiclient", List.of("google-api-python-client")),
            Map.entry("pkg_resources", List.of("setuptools")), Map.entry("dns", List.of("dnspython")),
            Map.entry("git", List.of("gitpython")), Map.entry("websocket", List.of("websocket-client")),
            Map.entry("markdown", List.of("markdown")), Map.entry("stripe", List.of("stripe")));

    private static final Set<String> STDLIB = loadStdlib();

    private static Set<String> loadStdlib() {
        Set<String> s = new HashSet<>();
        try (InputStream in = RequirementsCheck.class.getResourceAsStream("/dev/anvilcheck/anvil/stdlib-modules.txt")) {
            if (in != null) {
                for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!l.isBlank() && !l.startsWith("#")) {
                        s.add(l.strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("stdlib-modules.txt is missing from the jar", e);
        }
        return Set.copyOf(s);
    }

    private final List<Finding> findings = new ArrayList<>();
    private final List<AnvilResult.Requirement> requirements = new ArrayList<>();
    private AnvilProject project;
    private Optional<PythonVersion> python;
    private Map<String, String> env;

    static Outcome run(AnvilProject project, List<ModuleFacts> modules, DependencyMetadata metadata) {
        RequirementsCheck c = new RequirementsCheck();
        c.project = project;
        c.python = serverPython(project);
        c.env = environment(c.python);
        List<List<Placed>> sources = new ArrayList<>();
        for (String file : List.of(SERVER_REQUIREMENTS, TOP_REQUIREMENTS)) {
            // a FIFO, a folder or a broken link there is reported by readFile (never opened), not skipped
            if (SafeFiles.entryExists(project.root().resolve(file))) {
                List<Placed> out = new ArrayList<>();
                c.readFile(file, out, new HashSet<>(), 0);
                sources.add(out);
            }
        }
        c.fromYaml().ifPresent(sources::add);
        List<Placed> all = new ArrayList<>();
        for (List<Placed> s : sources) {
            c.duplicates(s);
            all.addAll(s);
        }
        for (Placed p : all) {
            Requirements.Req r = p.req();
            Optional<String> pin = r.specifiers().stream().filter(Pep440.Specifier::isPin)
                    .map(Pep440.Specifier::version).findFirst();
            c.requirements.add(new AnvilResult.Requirement(r.name(), r.text(), pin, p.active(), p.location()));
            if (p.active() && !r.pinned() && r.name().isPresent()) {
                c.findings.add(Finding.of(AnvilRule.UNPINNED_REQUIREMENT, p.location(), "'" + r.text()
                        + "' is not pinned to one version")
                        .withHint("Pin the version you tested, e.g. " + r.name().get() + "==X.Y.Z, so every "
                                + "server build installs the same code."));
            }
        }
        if (!(metadata instanceof NoMetadata) && c.python.isPresent()) {
            for (Placed p : all) {
                if (p.active() && p.req().name().isPresent() && p.req().url().isEmpty()) {
                    c.againstPython(p, metadata);
                }
            }
        }
        boolean declaresEnvironment = !sources.isEmpty()
                || project.anvilYaml().flatMap(y -> y.runtime().serverSpecBase()).isPresent();
        if (declaresEnvironment) {
            c.undeclaredImports(modules, all, metadata);
        }
        return new Outcome(c.findings, c.requirements);
    }

    /** The server's Python: the --target override, then anvil-check.yaml, then runtime_options. */
    static Optional<PythonVersion> serverPython(AnvilProject project) {
        Optional<String> text = project.options().serverTarget().or(() -> project.checkConfig().python().server());
        if (text.isPresent()) {
            String t = text.get().strip();
            int dash = t.indexOf('-');
            Optional<PythonVersion> v = PythonVersion.tryParse(dash > 0 ? t.substring(0, dash) : t);
            if (v.isPresent()) {
                return v;
            }
        }
        return project.anvilYaml().flatMap(y -> y.runtime().serverPython());
    }

    private static Map<String, String> environment(Optional<PythonVersion> python) {
        Map<String, String> env = new HashMap<>();
        python.ifPresent(v -> {
            env.put("python_version", v.major() + "." + v.minor());
            env.put("python_full_version", v.major() + "." + v.minor() + ".0");
            env.put("implementation_version", v.major() + "." + v.minor() + ".0");
        });
        env.put("os_name", "posix");
        env.put("sys_platform", "linux");
        env.put("platform_system", "Linux");
        env.put("platform_machine", "x86_64");
        env.put("platform_python_implementation", "CPython");
        env.put("python_implementation", "CPython");
        env.put("implementation_name", "cpython");
        env.put("extra", "");
        return env;
    }

    // ---- reading ----

    private void readFile(String rel, List<Placed> out, Set<String> seen, int depth) {
        if (!seen.add(rel)) {
            return;
        }
        Path file = project.root().resolve(rel);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(SafeFiles.readBytes(file, MAX_BYTES)))
                    .toString();
        } catch (CharacterCodingException e) {
            findings.add(Finding.of(AnvilRule.REQUIREMENT_SYNTAX, Location.file(rel), rel + " is not UTF-8 text"));
            return;
        } catch (IOException e) {
            findings.add(Finding.of(AnvilRule.REQUIREMENT_SYNTAX, Location.file(rel), rel + " "
                    + SafeFiles.describe(e)));
            return;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (Requirements.Entry e : Requirements.parse(text)) {
            Location at = lineLocation(rel, e.line(), lines);
            if (e instanceof Requirements.Include inc) {
                if (inc.constraints()) {
                    continue;
                }
                Path target = file.getParent().resolve(inc.path()).normalize();
                if (!target.startsWith(project.root()) || !SafeFiles.entryExists(target)) {
                    findings.add(Finding.of(AnvilRule.REQUIREMENT_SYNTAX, at, "-r " + inc.path()
                            + ": no such file in the app").withHint("Fix the path; it is relative to " + rel + "."));
                } else if (depth >= MAX_INCLUDE_DEPTH) {
                    findings.add(Finding.of(AnvilRule.REQUIREMENT_SYNTAX, at, "-r includes nest deeper than "
                            + MAX_INCLUDE_DEPTH + " files"));
                } else {
                    readFile(project.root().relativize(target).toString().replace('\\', '/'), out, seen, depth + 1);
                }
            } else {
                entry(e, at, out);
            }
        }
    }

    private Optional<List<Placed>> fromYaml() {
        Path yamlFile = project.root().resolve(AnvilProject.ANVIL_YAML);
        YamlReader.Read read;
        List<String> lines;
        try {
            read = YamlReader.read(yamlFile, AnvilProject.ANVIL_YAML);
            lines = new String(SafeFiles.readBytes(yamlFile, YamlReader.MAX_BYTES), StandardCharsets.UTF_8).lines()
                    .toList();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        Optional<YNode> req = read.root()
                .flatMap(r -> r instanceof YNode.YMap m ? m.get("runtime_options") : Optional.empty())
                .flatMap(r -> r instanceof YNode.YMap m ? m.get("server_spec") : Optional.empty())
                .flatMap(r -> r instanceof YNode.YMap m ? m.get("requirements") : Optional.empty());
        if (req.isEmpty() || !(req.get() instanceof YNode.YScalar s) || s.isNull() || s.text().isBlank()) {
            return Optional.empty();
        }
        String indicatorLine = s.line() - 1 < lines.size() ? lines.get(s.line() - 1) : "";
        String rest = indicatorLine.substring(Math.min(indicatorLine.length(), Math.max(0, s.column() - 1))).strip();
        int offset = rest.startsWith("|") || rest.startsWith(">") ? 1 : 0;
        List<Placed> out = new ArrayList<>();
        for (Requirements.Entry e : Requirements.parse(s.text())) {
            int line = s.line() + offset + e.line() - 1;
            int column = s.column();
            if (offset == 1 && line - 1 < lines.size()) {
                String l = lines.get(line - 1);
                column = l.length() - l.stripLeading().length() + 1;
            }
            Location at = Location.at(AnvilProject.ANVIL_YAML, line, column);
            if (e instanceof Requirements.Include inc) {
                findings.add(Finding.of(AnvilRule.REQUIREMENT_SYNTAX, at, "-r " + inc.path()
                        + " inside runtime_options.server_spec.requirements cannot be resolved")
                        .withHint("List the requirements themselves; the server has no file to include."));
            } else {
                entry(e, at, out);
            }
        }
        return Optional.of(out);
    }

    private static Location lineLocation(String path, int line, String[] lines) {
        int len = line - 1 < lines.length ? lines[line - 1].codePointCount(0, lines[line - 1].length()) : 0;
        return new Location(path, line, 1, line, Math.max(2, len + 1));
    }

    private void entry(Requirements.Entry e, Location at, List<Placed> out) {
        if (e instanceof Requirements.Problem p) {
            findings.add(Finding.of(AnvilRule.REQUIREMENT_SYNTAX, at, p.message())
                    .withHint("See pip's requirements file format; a line is name[extras] specifiers ; marker."));
        } else if (e instanceof Requirements.Req r) {
            boolean active = r.marker().map(m -> python.isEmpty() || m.eval(env)).orElse(true);
            out.add(new Placed(r, at, active));
        }
    }

    // ---- duplicates and conflicts ----

    private void duplicates(List<Placed> reqs) {
        Map<String, Placed> first = new LinkedHashMap<>();
        for (Placed p : reqs) {
            if (!p.active() || p.req().name().isEmpty()) {
                continue;
            }
            String key = Requirements.normalize(p.req().name().get());
            Placed prev = first.putIfAbsent(key, p);
            if (prev == null) {
                continue;
            }
            Optional<String> conflict = conflict(prev.req(), p.req());
            String where = prev.location().path() + ":" + prev.location().line();
            if (conflict.isPresent()) {
                findings.add(Finding.of(AnvilRule.CONFLICTING_REQUIREMENT, p.location(), "'" + p.req().text()
                        + "' conflicts with '" + prev.req().text() + "' (" + where + "): " + conflict.get())
                        .withHint("Keep one line for " + p.req().name().get() + "."));
            } else {
                findings.add(Finding.of(AnvilRule.DUPLICATE_REQUIREMENT, p.location(), p.req().name().get()
                        + " is already required at " + where)
                        .withHint("Remove one of the lines."));
            }
        }
    }

    private static Optional<String> conflict(Requirements.Req a, Requirements.Req b) {
        if (a.url().isPresent() || b.url().isPresent()) {
            return a.url().equals(b.url()) ? Optional.empty() : Optional.of("different sources");
        }
        for (Requirements.Req[] pair : List.of(new Requirements.Req[] {a, b}, new Requirements.Req[] {b, a})) {
            for (Pep440.Specifier s : pair[0].specifiers()) {
                if (s.op().equals("==") && !s.wildcard()) {
                    Optional<Pep440.Version> v = Pep440.version(s.version());
                    if (v.isPresent() && !Pep440.satisfies(pair[1].specifiers(), v.get())) {
                        return Optional.of(s.version() + " does not satisfy "
                                + String.join(",", pair[1].specifiers().stream().map(Object::toString).toList()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    // ---- against the server's Python ----

    private boolean pythonOk(Optional<String> requiresPython) {
        if (requiresPython.isEmpty()) {
            return true;
        }
        Optional<List<Pep440.Specifier>> specs = Pep440.specifiers(requiresPython.get().replace(" ", ""));
        if (specs.isEmpty()) {
            return true;
        }
        PythonVersion v = python.get();
        return Pep440.satisfies(specs.get(), Pep440.version(v.major() + "." + v.minor() + ".0").get())
                || Pep440.satisfies(specs.get(), Pep440.version(v.major() + "." + v.minor() + ".99").get());
    }

    /** Why a release cannot install on the server's Python, or empty when it can (or it is not certain). */
    private Optional<String> releaseProblem(DependencyMetadata.Release r) {
        if (!pythonOk(r.requiresPython())) {
            return Optional.of("declares Requires-Python '" + r.requiresPython().get() + "'");
        }
        if (r.files().isEmpty()) {
            return Optional.empty();
        }
        for (DependencyMetadata.DistFile f : r.files()) {
            String n = f.filename().toLowerCase(Locale.ROOT);
            boolean sdist = n.endsWith(".tar.gz") || n.endsWith(".zip") || n.endsWith(".tar.bz2") || n.endsWith(".tgz");
            if ((sdist || (n.endsWith(".whl") && WheelTags.installable(f.filename(), python.get())))
                    && pythonOk(f.requiresPython())) {
                return Optional.empty();
            }
        }
        PythonVersion v = python.get();
        return Optional.of("publishes no sdist and no wheel that CPython " + v + " on Linux x86_64 can install");
    }

    private void againstPython(Placed p, DependencyMetadata metadata) {
        Requirements.Req r = p.req();
        String name = r.name().get();
        DependencyMetadata.Lookup l = metadata.lookup(name);
        String py = "Python " + python.get();
        if (l.status() != DependencyMetadata.Status.FOUND) {
            findings.add(Finding.of(AnvilRule.METADATA_UNAVAILABLE, p.location(), name + " was not checked against "
                    + py + ": " + (l.status() == DependencyMetadata.Status.NOT_FOUND ? "not found in "
                    + metadata.describe() : l.reason()))
                    .withHint("Point dependencies in anvil-check.yaml at a source that knows it (source: pypi, "
                            + "an interpreter that has it installed, or a metadata file)."));
            return;
        }
        DependencyMetadata.Project project = l.project().get();
        boolean installed = metadata instanceof InstalledMetadata;
        Optional<Pep440.Specifier> pin = r.specifiers().stream().filter(s -> s.op().equals("==") && !s.wildcard())
                .findFirst();
        if (pin.isPresent()) {
            Optional<Pep440.Version> want = Pep440.version(pin.get().version());
            Optional<DependencyMetadata.Release> release = project.releases().values().stream()
                    .filter(rel -> want.isPresent() && Pep440.version(rel.version())
                            .map(v -> v.compareTo(want.get()) == 0).orElse(false))
                    .findFirst();
            if (release.isEmpty()) {
                if (metadata instanceof PypiMetadata) {
                    findings.add(Finding.of(AnvilRule.REQUIREMENT_PYTHON, p.location(), name + " has no release "
                            + pin.get().version() + " on " + metadata.describe())
                            .withHint("Pin a version that exists."));
                } else {
                    findings.add(Finding.of(AnvilRule.METADATA_UNAVAILABLE, p.location(), name + "=="
                            + pin.get().version() + " was not checked against " + py + ": " + metadata.describe()
                            + " has " + String.join(", ", new java.util.TreeSet<>(project.releases().keySet())))
                            .withHint("Check against an environment with this version installed, or use "
                                    + "source: pypi."));
                }
                return;
            }
            releaseProblem(release.get()).ifPresent(why -> findings.add(Finding.of(AnvilRule.REQUIREMENT_PYTHON,
                    p.location(), name + "==" + pin.get().version() + " " + why + ", which excludes the server's "
                            + py).withHint("Pin a release that supports " + py + ", or move the server to a newer "
                    + "Python (runtime_options.server_spec).")));
            return;
        }
        if (installed) {
            return;
        }
        boolean wantsPre = r.specifiers().stream().anyMatch(s -> Pep440.version(s.version())
                .map(Pep440.Version::isPre).orElse(false));
        List<DependencyMetadata.Release> candidates = new ArrayList<>();
        for (DependencyMetadata.Release rel : project.releases().values()) {
            Optional<Pep440.Version> v = Pep440.version(rel.version());
            if (v.isPresent() && !rel.yanked() && (wantsPre || !v.get().isPre())
                    && Pep440.satisfies(r.specifiers(), v.get())) {
                candidates.add(rel);
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        Optional<String> lastProblem = Optional.empty();
        for (DependencyMetadata.Release rel : candidates) {
            Optional<String> why = releaseProblem(rel);
            if (why.isEmpty()) {
                return;
            }
            lastProblem = why.map(w -> rel.version() + " " + w);
        }
        String spec = r.specifiers().isEmpty() ? "" : " matching "
                + String.join(",", r.specifiers().stream().map(Object::toString).toList());
        findings.add(Finding.of(AnvilRule.REQUIREMENT_PYTHON, p.location(), "no release of " + name + spec
                + " installs on the server's " + py + " (e.g. " + lastProblem.orElse("") + ")")
                .withHint("Add an upper bound that allows an older release, or move the server to a newer Python."));
    }

    // ---- imports nobody requires ----

    private void undeclaredImports(List<ModuleFacts> modules, List<Placed> reqs, DependencyMetadata metadata) {
        Set<String> provided = new HashSet<>();
        Set<String> requiredNames = new HashSet<>();
        for (Placed p : reqs) {
            if (p.req().name().isEmpty()) {
                continue;
            }
            String n = p.req().name().get();
            String norm = Requirements.normalize(n);
            requiredNames.add(norm);
            provided.add(norm.replace('-', '_'));
            provided.add(n.replace('-', '_').replace('.', '_'));
            if (!(metadata instanceof NoMetadata)) {
                DependencyMetadata.Lookup l = metadata.lookup(n);
                l.project().ifPresent(pr -> provided.addAll(pr.topLevel()));
            }
        }
        Set<String> app = appModules();
        Set<String> reported = new HashSet<>();
        for (ModuleFacts m : modules) {
            if (m.root != CodeRoot.SERVER) {
                continue;
            }
            for (ModuleFacts.Import imp : m.imports) {
                String top = imp.module().contains(".") ? imp.module().substring(0, imp.module().indexOf('.'))
                        : imp.module();
                if (imp.guarded() || top.isEmpty() || top.equals("anvil") || top.equals("__future__")
                        || STDLIB.contains(top) || app.contains(top) || provided.contains(top)
                        || provided.contains(top.toLowerCase(Locale.ROOT))
                        || KNOWN.getOrDefault(top, List.of()).stream().anyMatch(requiredNames::contains)
                        || (top.equals("google") && requiredNames.stream().anyMatch(x -> x.startsWith("google")))
                        || !reported.add(m.path + "\0" + top)) {
                    continue;
                }
                String dist = KNOWN.getOrDefault(top, List.of(top)).get(0);
                findings.add(Finding.of(AnvilRule.UNDECLARED_IMPORT, imp.location(), "server code imports " + top
                        + ", which no server requirement provides")
                        .withHint("Add " + dist + " to " + SERVER_REQUIREMENTS + " (pinned), unless the server's "
                                + "base image provides it."));
            }
        }
    }

    private Set<String> appModules() {
        Set<String> out = new HashSet<>();
        project.anvilYaml().flatMap(AnvilYaml::packageName).ifPresent(out::add);
        for (String dir : List.of("server_code", "client_code", "server_modules", "modules", "forms")) {
            Path d = project.root().resolve(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(d)) {
                for (Path p : ds) {
                    String n = p.getFileName().toString();
                    Matcher mm = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)(\\..*)?$").matcher(n);
                    if (mm.matches()) {
                        out.add(mm.group(1));
                    }
                }
            } catch (IOException e) {
                // an unreadable folder adds no names
            }
        }
        return out;
    }
}
