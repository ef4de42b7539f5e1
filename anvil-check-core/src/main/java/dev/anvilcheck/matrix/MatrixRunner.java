package dev.anvilcheck.matrix;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.Severity;
import dev.anvilcheck.SourceFile;
import dev.anvilcheck.internal.io.SafeFiles;
import dev.anvilcheck.internal.project.Globs;
import dev.anvilcheck.internal.project.ProjectScanner;
import dev.anvilcheck.matrix.CompatibilityMatrix.Cell;
import dev.anvilcheck.matrix.CompatibilityMatrix.Row;
import dev.anvilcheck.matrix.CompatibilityMatrix.RowKind;
import dev.anvilcheck.matrix.CompatibilityMatrix.Status;
import dev.anvilcheck.matrix.internal.CompileWorker;
import dev.anvilcheck.matrix.internal.InterpreterDiscovery;
import dev.anvilcheck.matrix.internal.JunitXml;
import dev.anvilcheck.matrix.internal.PytestRunner;
import dev.anvilcheck.python.ParseOptions;
import dev.anvilcheck.python.ParseResult;
import dev.anvilcheck.python.PythonParser;
import dev.anvilcheck.python.PythonVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the {@link CompatibilityMatrix}: compiles every Python file of a project with each interpreter found
 * (in parallel, with a time limit; compiling runs no project code) and, only when asked, runs the project's pytest
 * suite with each interpreter that has pytest, or ingests JUnit XML files produced elsewhere (a CI matrix job).
 *
 * <pre>{@code
 * CompatibilityMatrix m = MatrixRunner.configure()
 *         .runTests(true)
 *         .ingestJunitXml(Path.of("test-results/junit-3.11.xml"))
 *         .build()
 *         .run(AnvilProject.load(path));
 * }</pre>
 *
 * <p>Immutable and thread-safe once built.
 */
public final class MatrixRunner {

    private static final Pattern VERSION_IN_NAME = Pattern.compile("(?<![\\d.])([23]\\.\\d{1,2})(?![\\d])");

    private final List<Path> interpreters;
    private final Optional<Path> pyenvRoot;
    private final Optional<String> path;
    private final boolean runTests;
    private final List<Path> junitFiles;
    private final Duration compileTimeout;
    private final Duration testTimeout;

    private MatrixRunner(Builder b) {
        this.interpreters = List.copyOf(b.interpreters);
        this.pyenvRoot = b.pyenvRoot;
        this.path = b.path;
        this.runTests = b.runTests;
        this.junitFiles = List.copyOf(b.junitFiles);
        this.compileTimeout = b.compileTimeout;
        this.testTimeout = b.testTimeout;
    }

    /**
     * Starts a configuration: by default interpreters come from pyenv ({@code $PYENV_ROOT} or {@code ~/.pyenv})
     * and PATH, tests are not run.
     *
     * @return a builder
     */
    public static Builder configure() {
        return new Builder();
    }

    /**
     * Discovers the interpreters this runner would use.
     *
     * @return the interpreters, by version
     */
    public List<Interpreter> interpreters() {
        return InterpreterDiscovery.discover(interpreters, pyenvRoot, path.orElse(null));
    }

    /**
     * Builds the matrix for a project; matrix settings in its anvil-check.yaml (python.matrix,
     * matrix.interpreters, matrix.run_tests) add to this runner's.
     *
     * @param project the project
     * @return the matrix
     */
    public CompatibilityMatrix run(AnvilProject project) {
        List<Path> extra = new ArrayList<>(interpreters);
        project.checkConfig().matrix().interpreters().forEach(s -> extra.add(Path.of(s)));
        List<Interpreter> found = InterpreterDiscovery.discover(extra, pyenvRoot, path.orElse(null));
        boolean tests = runTests || project.checkConfig().matrix().runTests();
        CompatibilityMatrix m = build(project.root(), project.pythonFiles(), found,
                project.checkConfig().python().matrix(), tests);
        return new CompatibilityMatrix(m.interpreters(), m.targeted(), m.rows(), m.recommendations(),
                project.applyRuleSettings(m.findings()));
    }

    /**
     * Builds the matrix for a plain tree (or one file) without anvil.yaml.
     *
     * @param root a folder or a .py file
     * @param targeted versions whose failures are errors
     * @return the matrix
     */
    public CompatibilityMatrix run(Path root, List<PythonVersion> targeted) {
        try {
            Path abs = root.toAbsolutePath().normalize();
            List<SourceFile> files = Files.isDirectory(abs) ? ProjectScanner.pythonFiles(abs, new Globs(List.of()))
                    : List.of(new SourceFile(abs.getFileName().toString(), abs, dev.anvilcheck.CodeRoot.OTHER));
            Path base = Files.isDirectory(abs) ? abs : abs.getParent();
            return build(base, files, InterpreterDiscovery.discover(interpreters, pyenvRoot, path.orElse(null)),
                    targeted, runTests);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CompatibilityMatrix build(Path root, List<SourceFile> files, List<Interpreter> found,
                                      List<PythonVersion> targeted, boolean tests) {
        List<Finding> findings = new ArrayList<>();
        for (PythonVersion v : targeted) {
            if (found.stream().noneMatch(i -> i.version().equals(v))) {
                findings.add(Finding.of(MatrixRule.INTERPRETER_MISSING, null, "no Python " + v
                        + " interpreter was found, so the matrix has no " + v + " column")
                        .withHint("install it (pyenv install " + v + ") or list it under matrix.interpreters"));
            }
        }
        // only regular files go to the interpreters: a FIFO would stall the compile worker until its timeout
        Map<Path, String> unreadable = new LinkedHashMap<>();
        for (SourceFile f : files) {
            SafeFiles.problem(f.file()).ifPresent(problem -> {
                unreadable.put(f.file(), problem);
                findings.add(Finding.of(MatrixRule.FILE_UNREADABLE, Location.file(f.path()), f.path() + " "
                        + problem));
            });
        }
        List<Path> paths = files.stream().map(SourceFile::file).filter(p -> !unreadable.containsKey(p)).toList();
        Map<Interpreter, CompileWorker.Outcome> compiled = new LinkedHashMap<>();
        Map<Interpreter, PytestRunner.Outcome> tested = new LinkedHashMap<>();
        Path testsDir = root.resolve("tests");
        // pytest would open a FIFO among the tests and stall until the test timeout: the tests are not run then
        boolean testsBlocked = unreadable.keySet().stream().anyMatch(p -> p.startsWith(testsDir));
        boolean haveTests = tests && Files.isDirectory(testsDir) && !testsBlocked;
        if (tests && testsBlocked) {
            findings.add(Finding.of(MatrixRule.FILE_UNREADABLE, null, "the tests were not run: a file under "
                    + "tests/ is not a regular file (see above)"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(found.size(),
                Runtime.getRuntime().availableProcessors())), r -> {
                    Thread t = new Thread(r, "anvil-check-matrix");
                    t.setDaemon(true);
                    return t;
                });
        try {
            Map<Interpreter, Future<CompileWorker.Outcome>> cf = new LinkedHashMap<>();
            Map<Interpreter, Future<PytestRunner.Outcome>> tf = new LinkedHashMap<>();
            for (Interpreter i : found) {
                cf.put(i, pool.submit(() -> CompileWorker.compileAll(i, paths, compileTimeout)));
                if (haveTests && i.hasPytest()) {
                    tf.put(i, pool.submit(() -> PytestRunner.run(i, root, testsDir, testTimeout)));
                }
            }
            for (Map.Entry<Interpreter, Future<CompileWorker.Outcome>> e : cf.entrySet()) {
                compiled.put(e.getKey(), e.getValue().get());
            }
            for (Map.Entry<Interpreter, Future<PytestRunner.Outcome>> e : tf.entrySet()) {
                tested.put(e.getKey(), e.getValue().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("matrix worker failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<Row> rows = new ArrayList<>();
        for (SourceFile f : files) {
            Optional<ParseResult> parsed = parse(f);
            Map<String, Cell> cells = new LinkedHashMap<>();
            for (Interpreter i : found) {
                CompileWorker.Outcome o = compiled.get(i);
                CompileWorker.Verdict v = o == null ? null : o.verdicts().get(f.file());
                Cell cell;
                if (unreadable.containsKey(f.file())) {
                    cell = new Cell(Status.SKIP, "not compiled: the file " + unreadable.get(f.file()));
                } else if (v == null) {
                    cell = new Cell(Status.SKIP, o == null || o.problem().isEmpty() ? "not compiled" : o.problem());
                } else if (v.ok()) {
                    cell = new Cell(Status.PASS, "");
                } else {
                    cell = new Cell(Status.FAIL, v.message() + (v.line() > 0 ? " (line " + v.line() + ")" : ""));
                    Severity sev = targeted.contains(i.version()) ? Severity.ERROR
                            : targeted.isEmpty() ? Severity.WARNING : Severity.INFO;
                    findings.add(Finding.of(MatrixRule.COMPILE_FAILS, Location.at(f.path(), Math.max(1, v.line()), Math.max(1, v.column())),
                            f.path() + " does not compile under Python " + i.version() + ": " + v.message())
                            .withSeverity(sev));
                }
                cells.put(i.version().toString(), cell);
                if (v != null && parsed.isPresent() && i.version().atLeast(STATIC_FROM)) {
                    boolean staticOk = parsed.get().acceptedBy(i.version());
                    if (staticOk != v.ok()) {
                        findings.add(Finding.of(MatrixRule.DISAGREEMENT, Location.file(f.path()), "Python "
                                + i.version() + (v.ok() ? " compiles " : " rejects ") + f.path()
                                + " but anvil-check's parser says it " + (staticOk ? "compiles" : "does not")
                                + (v.ok() ? "" : " (" + v.message() + ")"))
                                .withHint("this is a bug in anvil-check: please report it with the file"));
                    }
                }
            }
            rows.add(new Row(RowKind.FILE, f.path(), cells));
        }
        for (Map.Entry<Interpreter, CompileWorker.Outcome> e : compiled.entrySet()) {
            if (!e.getValue().complete()) {
                findings.add(Finding.of(MatrixRule.INTERPRETER_FAILED, null, "Python " + e.getKey().version() + " ("
                        + e.getKey().executable() + "): " + e.getValue().problem()));
            }
        }
        Map<String, Map<String, Cell>> testRows = new TreeMap<>();
        for (Interpreter i : found) {
            PytestRunner.Outcome o = tested.get(i);
            List<JunitXml.TestCase> cases = o == null ? List.of() : o.cases();
            if (o != null && !o.problem().isEmpty()) {
                findings.add(Finding.of(MatrixRule.INTERPRETER_FAILED, null, "Python " + i.version() + ": "
                        + o.problem()));
            }
            addCases(testRows, i.version(), cases, targeted, findings);
        }
        for (Path xml : junitFiles) {
            Matcher m = VERSION_IN_NAME.matcher(xml.getFileName().toString());
            Optional<PythonVersion> v = m.find() ? PythonVersion.tryParse(m.group(1)) : Optional.empty();
            if (v.isEmpty()) {
                findings.add(Finding.of(MatrixRule.INTERPRETER_FAILED, null, "JUnit XML " + xml.getFileName()
                        + " does not name a Python version (expected e.g. junit-3.11.xml); ignored"));
                continue;
            }
            try {
                addCases(testRows, v.get(), JunitXml.read(xml), targeted, findings);
            } catch (IOException e) {
                findings.add(Finding.of(MatrixRule.INTERPRETER_FAILED, null, e.getMessage()));
            }
        }
        List<String> columns = new ArrayList<>();
        found.forEach(i -> columns.add(i.version().toString()));
        for (Map.Entry<String, Map<String, Cell>> e : testRows.entrySet()) {
            Map<String, Cell> cells = new LinkedHashMap<>();
            for (String c : columns) {
                Interpreter i = found.stream().filter(x -> x.version().toString().equals(c)).findFirst().orElseThrow();
                Cell cell = e.getValue().get(c);
                cells.put(c, cell != null ? cell : new Cell(Status.SKIP, !tests ? "tests not run (--run-tests)"
                        : !i.hasPytest() ? "pytest is not installed in this interpreter" : "no result"));
            }
            e.getValue().forEach((k, v) -> cells.putIfAbsent(k, v));
            rows.add(new Row(RowKind.TEST, e.getKey(), cells));
        }
        CompatibilityMatrix draft = new CompatibilityMatrix(found, targeted, rows, List.of(), findings);
        return new CompatibilityMatrix(found, targeted, rows, recommendations(draft), findings);
    }

    /** The parser's verdicts are compared with interpreters from this version on (the oracle-tested range). */
    private static final PythonVersion STATIC_FROM = PythonVersion.of(3, 6);

    private static Optional<ParseResult> parse(SourceFile f) {
        try {
            // never opens a FIFO or a device; the compatibility check reports files it cannot read
            return Optional.of(PythonParser.parse(SafeFiles.readBytes(f.file(), Integer.MAX_VALUE - 8),
                    new ParseOptions(f.path(),
                    PythonVersion.LATEST)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void addCases(Map<String, Map<String, Cell>> testRows, PythonVersion v, List<JunitXml.TestCase> cases,
                                 List<PythonVersion> targeted, List<Finding> findings) {
        for (JunitXml.TestCase c : cases) {
            Cell cell = c.result() == JunitXml.Result.PASSED ? new Cell(Status.PASS, "")
                    : c.result() == JunitXml.Result.SKIPPED ? new Cell(Status.SKIP, c.message())
                    : new Cell(Status.FAIL, c.message());
            testRows.computeIfAbsent(c.id(), k -> new LinkedHashMap<>()).put(v.toString(), cell);
            if (cell.status() == Status.FAIL) {
                Severity sev = targeted.contains(v) ? Severity.ERROR
                        : targeted.isEmpty() ? Severity.WARNING : Severity.INFO;
                findings.add(Finding.of(MatrixRule.TEST_FAILS, null, "test " + c.id() + " fails under Python " + v
                        + (c.message().isEmpty() ? "" : ": " + c.message())).withSeverity(sev));
            }
        }
    }

    private static List<String> recommendations(CompatibilityMatrix m) {
        List<String> out = new ArrayList<>();
        if (m.interpreters().isEmpty()) {
            out.add("No Python interpreter was found: install one (pyenv) or list them under matrix.interpreters.");
            return out;
        }
        Optional<PythonVersion> lowest = m.lowestPassingVersion();
        out.add(lowest.map(v -> "Lowest version that compiles every file" + (m.rows().stream()
                        .anyMatch(r -> r.kind() == RowKind.TEST) ? " and passes every test" : "") + ": Python " + v + ".")
                .orElse("No interpreter found here compiles every file and passes every test."));
        for (Interpreter i : m.interpreters()) {
            if (lowest.isPresent() && !i.version().before(lowest.get())) {
                break;
            }
            List<String> blockers = new ArrayList<>();
            for (Row r : m.rows()) {
                Cell c = r.cells().get(i.version().toString());
                if (c != null && c.status() == Status.FAIL) {
                    blockers.add(r.name() + (c.reason().isEmpty() ? "" : " (" + c.reason() + ")"));
                }
            }
            if (!blockers.isEmpty()) {
                out.add("Python " + i.version() + " is blocked by " + blockers.size() + ": "
                        + String.join("; ", blockers.subList(0, Math.min(3, blockers.size())))
                        + (blockers.size() > 3 ? "; ..." : "") + ".");
            }
        }
        return out;
    }

    /** Configures a {@link MatrixRunner}. Not thread-safe. */
    public static final class Builder {
        private final List<Path> interpreters = new ArrayList<>();
        private Optional<Path> pyenvRoot = Optional.ofNullable(System.getenv("PYENV_ROOT")).map(Path::of)
                .or(() -> Optional.of(Path.of(System.getProperty("user.home"), ".pyenv")));
        private Optional<String> path = Optional.ofNullable(System.getenv("PATH"));
        private boolean runTests;
        private final List<Path> junitFiles = new ArrayList<>();
        private Duration compileTimeout = Duration.ofMinutes(5);
        private Duration testTimeout = Duration.ofMinutes(10);

        private Builder() {
        }

        /**
         * Adds interpreters to use first.
         *
         * @param executables interpreter paths
         * @return this
         */
        public Builder interpreters(List<Path> executables) {
            interpreters.addAll(executables);
            return this;
        }

        /**
         * Uses only the given interpreters: no pyenv, no PATH.
         *
         * @param executables interpreter paths
         * @return this
         */
        public Builder onlyInterpreters(List<Path> executables) {
            interpreters.addAll(executables);
            pyenvRoot = Optional.empty();
            path = Optional.empty();
            return this;
        }

        /**
         * Sets pyenv's root.
         *
         * @param root the root, such as {@code ~/.pyenv}
         * @return this
         */
        public Builder pyenvRoot(Path root) {
            pyenvRoot = Optional.of(Objects.requireNonNull(root));
            return this;
        }

        /**
         * Whether to run the project's pytest suite (its {@code tests/} folder) with each interpreter that has
         * pytest. This runs project code.
         *
         * @param value true to run tests
         * @return this
         */
        public Builder runTests(boolean value) {
            runTests = value;
            return this;
        }

        /**
         * Ingests JUnit XML produced elsewhere; the file name must name the version ({@code junit-3.11.xml}).
         *
         * @param files the files
         * @return this
         */
        public Builder ingestJunitXml(Path... files) {
            junitFiles.addAll(List.of(files));
            return this;
        }

        /**
         * Time allowed per interpreter for compiling every file, and for the test run.
         *
         * @param compile compile time limit
         * @param tests test run time limit
         * @return this
         */
        public Builder timeouts(Duration compile, Duration tests) {
            compileTimeout = Objects.requireNonNull(compile);
            testTimeout = Objects.requireNonNull(tests);
            return this;
        }

        /**
         * Builds the runner.
         *
         * @return the runner
         */
        public MatrixRunner build() {
            return new MatrixRunner(this);
        }
    }
}
