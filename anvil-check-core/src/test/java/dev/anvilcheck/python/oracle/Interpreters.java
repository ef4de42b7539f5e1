package dev.anvilcheck.python.oracle;

import dev.anvilcheck.python.PythonVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Finds the CPython interpreters installed under pyenv ({@code /root/.pyenv/versions/*}{@code /bin/python}).
 *
 * <p>The root can be moved with the system property {@code anvil.oracle.pyenv} or the environment variable
 * {@code ANVIL_CHECK_PYENV}. Each candidate is asked for its version and library directory, so a directory
 * name that lies does not matter. Discovery runs once per JVM; the result is immutable and thread-safe.
 */
public final class Interpreters {

    /** The default place of pyenv's versions. */
    public static final Path DEFAULT_ROOT = Path.of("/root/.pyenv/versions");

    private static final String PROBE = "import sys, sysconfig\n"
            + "sys.stdout.write('%d.%d.%d\\n' % tuple(sys.version_info[:3]))\n"
            + "sys.stdout.write(sysconfig.get_path('stdlib') + '\\n')\n";

    private static volatile List<Interpreter> discovered;

    private Interpreters() {
    }

    /** Returns the root directory searched for interpreters. */
    public static Path root() {
        String prop = System.getProperty("anvil.oracle.pyenv");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("ANVIL_CHECK_PYENV");
        return env != null && !env.isBlank() ? Path.of(env) : DEFAULT_ROOT;
    }

    /**
     * All interpreters found, oldest first; empty when none is installed.
     *
     * @return the interpreters
     */
    public static List<Interpreter> all() {
        List<Interpreter> result = discovered;
        if (result == null) {
            synchronized (Interpreters.class) {
                result = discovered;
                if (result == null) {
                    result = discover(root());
                    discovered = result;
                }
            }
        }
        return result;
    }

    /**
     * The interpreter of one language version.
     *
     * @param version the version, such as 3.13
     * @return the interpreter, or empty when it is not installed
     */
    public static Optional<Interpreter> find(PythonVersion version) {
        return all().stream().filter(i -> i.version().equals(version)).findFirst();
    }

    /** A message for test skips: where interpreters were looked for. */
    public static String whereLooked() {
        return "no CPython interpreter found under " + root() + "/*/bin/python (set anvil.oracle.pyenv or "
                + "ANVIL_CHECK_PYENV to a pyenv 'versions' directory)";
    }

    /**
     * Probes every {@code root/*}{@code /bin/python}.
     *
     * @param root a pyenv {@code versions} directory
     * @return the interpreters that answered, oldest first (one per language version: the newest release)
     */
    public static List<Interpreter> discover(Path root) {
        List<Interpreter> found = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.sorted().toList()) {
                Path exe = dir.resolve("bin/python");
                if (Files.isExecutable(exe)) {
                    probe(exe).ifPresent(found::add);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        found.sort(Comparator.comparing(Interpreter::version)
                .thenComparing(i -> i.fullVersion(), Comparator.reverseOrder()));
        List<Interpreter> unique = new ArrayList<>();
        for (Interpreter i : found) {
            if (unique.stream().noneMatch(u -> u.version().equals(i.version()))) {
                unique.add(i);
            }
        }
        return List.copyOf(unique);
    }

    private static Optional<Interpreter> probe(Path exe) {
        try {
            Process p = new ProcessBuilder(exe.toString(), "-c", PROBE).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String[] lines = out.strip().split("\n");
            if (p.exitValue() != 0 || lines.length != 2) {
                return Optional.empty();
            }
            String full = lines[0].strip();
            Optional<PythonVersion> v = PythonVersion.tryParse(full);
            Path lib = Path.of(lines[1].strip());
            if (v.isEmpty() || !Files.isDirectory(lib)) {
                return Optional.empty();
            }
            return Optional.of(new Interpreter(v.get(), full, exe, lib));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
