package dev.anvilcheck.compat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anvilcheck.python.PythonVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-checks a fixed, seeded sample of 2,000 (module, member) entries of the API table against every
 * CPython interpreter installed under {@code /root/.pyenv/versions}: the table's availability for
 * that version must equal what the interpreter has. One Python process per interpreter answers all
 * pairs. Platform-dependent entries are the listed exception: they are counted and printed, not
 * asserted, because they depend on the OS and build rather than the version. So are security
 * backports (source {@code backport} or {@code docs-backport}): the table gives the documented
 * version, which the .0 release of an older minor lacks, while the installed late patch releases of
 * that minor have the API. Pairs whose module
 * exists but cannot be imported on this machine are printed as unknown.
 */
class StdlibApiDifferentialTest {

    private static final Path PYENV = Path.of("/root/.pyenv/versions");
    private static final long SEED = 20261126L;
    private static final int SAMPLE = 2000;

    @Test
    void sampleAgreesWithEveryInstalledInterpreter(@TempDir Path tmp) throws Exception {
        TreeMap<PythonVersion, Path> interpreters = interpreters();
        assumeTrue(!interpreters.isEmpty(), "no CPython interpreters under " + PYENV
                + "/*/bin/python: the differential check of the API table is skipped");

        List<ApiEntry> members = new ArrayList<>(StdlibApiTable.get().entries().stream()
                .filter(e -> e.kind() == ApiKind.MEMBER)
                .sorted(Comparator.comparing(ApiEntry::qualifiedName))
                .toList());
        Collections.shuffle(members, new Random(SEED));
        List<ApiEntry> sample = members.subList(0, Math.min(SAMPLE, members.size()));
        assertEquals(SAMPLE, sample.size(), "the table has fewer member entries than the sample size");

        Path script = tmp.resolve("probe_members.py");
        try (InputStream in = getClass().getResourceAsStream("/dev/anvilcheck/compat/probe_members.py")) {
            Files.copy(in, script);
        }
        Path pairs = tmp.resolve("pairs.tsv");
        StringBuilder sb = new StringBuilder();
        for (ApiEntry e : sample) {
            sb.append(e.owner()).append('\t').append(e.name()).append('\n');
        }
        Files.writeString(pairs, sb.toString(), StandardCharsets.UTF_8);

        List<String> failures = new ArrayList<>();
        TreeSet<String> platformExceptions = new TreeSet<>();
        TreeSet<String> backportExceptions = new TreeSet<>();
        for (var it : interpreters.entrySet()) {
            PythonVersion version = it.getKey();
            List<String> answers = run(it.getValue(), script, pairs);
            assertEquals(sample.size(), answers.size(), version + ": one answer per pair");
            int compared = 0;
            int agree = 0;
            int unknown = 0;
            int platform = 0;
            int platformAgree = 0;
            int backports = 0;
            for (int i = 0; i < sample.size(); i++) {
                ApiEntry e = sample.get(i);
                String answer = answers.get(i);
                if (answer.equals("?")) {
                    unknown++;
                    continue;
                }
                boolean present = answer.equals("1");
                boolean expected = e.availableIn(version);
                if (e.source().endsWith("backport")) {
                    // dated by the documented version although this (late patch) interpreter of
                    // an older minor has it: the .0 release of that minor does not
                    backports++;
                    if (present != expected) {
                        backportExceptions.add(version + " " + e.qualifiedName());
                    }
                    continue;
                }
                if (e.platformDependent()) {
                    platform++;
                    if (present == expected) {
                        platformAgree++;
                    } else {
                        platformExceptions.add(e.qualifiedName());
                    }
                    continue;
                }
                compared++;
                if (present == expected) {
                    agree++;
                } else if (failures.size() < 40) {
                    failures.add(version + " " + e.qualifiedName() + ": table says "
                            + (expected ? "present" : "absent") + ", interpreter says "
                            + (present ? "present" : "absent") + " (added " + e.added().map(Object::toString).orElse("-")
                            + ", removed " + e.removed().map(Object::toString).orElse("-") + ", 2.7 "
                            + e.inPython27() + ", source " + e.source() + ")");
                }
            }
            System.out.printf("API table vs CPython %s: %d/%d agree (%.2f%%); platform-dependent exceptions "
                    + "%d (%d agree); security backports %d; module not importable here %d%n", version, agree,
                    compared, compared == 0 ? 100.0 : 100.0 * agree / compared, platform, platformAgree, backports,
                    unknown);
        }
        System.out.println("Platform-dependent exceptions that differ on this machine ("
                + platformExceptions.size() + "): " + String.join(", ", platformExceptions));
        System.out.println("Security backports present before their documented version ("
                + backportExceptions.size() + "): " + String.join(", ", backportExceptions));
        assertTrue(failures.isEmpty(), "table and interpreters disagree:\n" + String.join("\n", failures));
    }

    private static TreeMap<PythonVersion, Path> interpreters() throws IOException {
        TreeMap<PythonVersion, Path> out = new TreeMap<>();
        if (!Files.isDirectory(PYENV)) {
            return out;
        }
        try (Stream<Path> dirs = Files.list(PYENV)) {
            for (Path dir : dirs.toList()) {
                Optional<PythonVersion> v = PythonVersion.tryParse(dir.getFileName().toString());
                Path exe = dir.resolve("bin/python");
                if (v.isPresent() && Files.isExecutable(exe)) {
                    out.putIfAbsent(v.get(), exe);
                }
            }
        }
        return out;
    }

    private static List<String> run(Path python, Path script, Path pairs) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(python.toString(), script.toString(), pairs.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        // the standard library's distutils, not setuptools' copy that distutils-precedence.pth swaps in (3.10,
        // 3.11): the table is generated the same way (tools/api-table/build.py)
        pb.environment().put("SETUPTOOLS_USE_DISTUTILS", "stdlib");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), python + " timed out");
        assertEquals(0, p.exitValue(), python + " failed");
        return new String(out, StandardCharsets.UTF_8).lines().toList();
    }
}
