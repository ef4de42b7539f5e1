package dev.anvilcheck.matrix.internal;

import dev.anvilcheck.matrix.Interpreter;
import dev.anvilcheck.python.PythonVersion;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Finds Python interpreters: an explicit list, pyenv's versions, then python3.X and python on PATH. */
public final class InterpreterDiscovery {

    private static final String PROBE = "import sys\n"
            + "try:\n    import pytest\n    p = 1\nexcept Exception:\n    p = 0\n"
            + "sys.stdout.write('%d.%d.%d %d\\n' % (sys.version_info[0], sys.version_info[1], sys.version_info[2], p))\n";

    private InterpreterDiscovery() {
    }

    /**
     * Discovers interpreters, one per version (the first found wins: explicit, then pyenv, then PATH).
     *
     * @param explicit interpreters named by the user
     * @param pyenvRoot pyenv's root ({@code ~/.pyenv}), if any
     * @param path the PATH value
     * @return the interpreters, sorted by version
     */
    public static List<Interpreter> discover(List<Path> explicit, Optional<Path> pyenvRoot, String path) {
        Set<Path> candidates = new LinkedHashSet<>(explicit);
        pyenvRoot.map(r -> r.resolve("versions")).filter(Files::isDirectory).ifPresent(dir -> {
            try (Stream<Path> s = Files.list(dir)) {
                s.sorted().map(v -> v.resolve("bin/python")).filter(Files::isExecutable).forEach(candidates::add);
            } catch (IOException e) {
                // an unreadable pyenv folder contributes nothing
            }
        });
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isBlank()) {
                    continue;
                }
                for (int minor = 6; minor <= 15; minor++) {
                    Path p = Path.of(dir, "python3." + minor);
                    if (Files.isExecutable(p)) {
                        candidates.add(p);
                    }
                }
                for (String name : List.of("python3", "python2.7", "python")) {
                    Path p = Path.of(dir, name);
                    if (Files.isExecutable(p)) {
                        candidates.add(p);
                    }
                }
            }
        }
        Map<PythonVersion, Interpreter> byVersion = new LinkedHashMap<>();
        for (Path c : candidates) {
            probe(c).ifPresent(i -> byVersion.putIfAbsent(i.version(), i));
        }
        List<Interpreter> out = new ArrayList<>(byVersion.values());
        out.sort((a, b) -> a.version().compareTo(b.version()));
        return out;
    }

    /**
     * Asks an interpreter for its version and whether pytest imports.
     *
     * @param executable the interpreter
     * @return the interpreter, or empty when it does not answer within 20 seconds
     */
    public static Optional<Interpreter> probe(Path executable) {
        try {
            Process p = new ProcessBuilder(executable.toString(), "-c", PROBE).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            String[] parts = out.split(" ");
            if (p.exitValue() != 0 || parts.length != 2) {
                return Optional.empty();
            }
            return PythonVersion.tryParse(parts[0])
                    .map(v -> new Interpreter(executable, v, parts[0], parts[1].equals("1")));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
