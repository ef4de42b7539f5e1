package dev.anvilcheck.bench;

import dev.anvilcheck.CodeRoot;
import dev.anvilcheck.compat.FileCompatibility;
import dev.anvilcheck.compat.Target;
import dev.anvilcheck.compat.internal.ApiTable;
import dev.anvilcheck.compat.internal.FileAnalyzer;
import dev.anvilcheck.python.ParseOptions;
import dev.anvilcheck.python.ParseResult;
import dev.anvilcheck.python.PythonParser;
import dev.anvilcheck.python.PythonVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Compatibility check cost against parsing alone, on the CPython 3.13 standard library (DESIGN section 13, issue 4:
 * check must cost at most 1.3x parse). Files are read into memory first and the figures are the main thread's CPU
 * time (the machine is shared: wall time would measure the other processes), one thread.
 *
 * <p>Run: {@code ./mvnw -q -pl benchmarks -am install -DskipTests && java -cp "benchmarks/target/classes:$(cat
 * cp.txt)" dev.anvilcheck.bench.CompatBenchmark [LIB] [ROUNDS] [TARGET]} (see benchmarks/README-compat.md).
 */
public final class CompatBenchmark {

    private CompatBenchmark() {
    }

    /**
     * Runs the benchmark and prints the figures.
     *
     * @param args optional library folder, number of measured rounds, and target (default 3.13)
     * @throws IOException when the library cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path lib = Path.of(args.length > 0 ? args[0] : "/root/.pyenv/versions/3.13.0/lib/python3.13");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String targetText = args.length > 2 ? args[2] : "3.13";
        List<Path> paths;
        try (Stream<Path> s = Files.walk(lib)) {
            paths = s.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("/site-packages/"))
                    .sorted().toList();
        }
        List<byte[]> sources = new ArrayList<>();
        long bytes = 0;
        for (Path p : paths) {
            byte[] b = Files.readAllBytes(p);
            sources.add(b);
            bytes += b.length;
        }
        ApiTable table = ApiTable.get();
        Optional<Target> target = Optional.of(Target.parse(targetText));
        System.out.printf("corpus: %s, %d files, %.1f MB%n", lib, paths.size(), bytes / 1e6);
        for (int i = 0; i < 2; i++) {
            parseAll(paths, sources);
            checkAll(paths, sources, table, target);
        }
        long[] parse = new long[rounds];
        long[] check = new long[rounds];
        long[] analysis = new long[rounds];
        long sink = 0;
        for (int i = 0; i < rounds; i++) {
            long t0 = CPU.getCurrentThreadCpuTime();
            sink += parseAll(paths, sources);
            long t1 = CPU.getCurrentThreadCpuTime();
            analysisNanos = 0;
            sink += checkAll(paths, sources, table, target);
            long t2 = CPU.getCurrentThreadCpuTime();
            analysis[i] = analysisNanos;
            parse[i] = t1 - t0;
            check[i] = t2 - t1;
        }
        double[] ratios = new double[rounds]; // each round's check over the same round's parse: drifts cancel out
        for (int i = 0; i < rounds; i++) {
            ratios[i] = (double) check[i] / parse[i];
        }
        Arrays.sort(ratios);
        Arrays.sort(parse);
        Arrays.sort(check);
        Arrays.sort(analysis);
        double p = parse[rounds / 2] / 1e9;
        double c = check[rounds / 2] / 1e9;
        System.out.printf("parse only, thread CPU (median of %d): %.3f s, %.1f MB/s%n", rounds, p, bytes / 1e6 / p);
        System.out.printf("parse + compatibility check at %s, thread CPU (median): %.3f s, %.1f MB/s%n", targetText, c,
                bytes / 1e6 / c);
        System.out.printf("of which the analysis after parsing, thread CPU (median): %.3f s%n", analysis[rounds / 2] / 1e9);
        if (Boolean.getBoolean("bench.visitorOnly")) {
            System.out.printf("API visitor alone, all rounds: %.3f s%n", visitorNanos / 1e9);
        }
        System.out.printf("check / parse: %.2fx (goal <= 1.30x), findings per round: %d   [sink %d]%n", c / p,
                lastFindings, sink);
        System.out.printf("per-round check / parse: median %.2fx (range %.2fx-%.2fx)%n", ratios[rounds / 2],
                ratios[0], ratios[rounds - 1]);
        // the fastest round of each is the least disturbed by other processes on a shared machine
        System.out.printf("fastest rounds: parse %.3f s, check %.3f s, analysis %.3f s: check / parse %.2fx%n",
                parse[0] / 1e9, check[0] / 1e9, analysis[0] / 1e9, (double) check[0] / parse[0]);
    }

    private static long parseAll(List<Path> paths, List<byte[]> sources) {
        long n = 0;
        for (int i = 0; i < sources.size(); i++) {
            ParseResult r = PythonParser.parse(sources.get(i), new ParseOptions(paths.get(i).toString(),
                    PythonVersion.of(3, 7)));
            n += r.gatedConstructs().size();
        }
        return n;
    }

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static long analysisNanos;
    private static long lastFindings;
    private static long visitorNanos;

    private static long checkAll(List<Path> paths, List<byte[]> sources, ApiTable table, Optional<Target> target) {
        long n = 0;
        for (int i = 0; i < sources.size(); i++) {
            String path = paths.get(i).toString();
            ParseResult r = PythonParser.parse(sources.get(i), new ParseOptions(path, PythonVersion.of(3, 7)));
            if (Boolean.getBoolean("bench.visitorOnly")) {
                long v0 = CPU.getCurrentThreadCpuTime();
                n += dev.anvilcheck.compat.internal.ApiVisitor.uses(table, r.module(), false, Set.of()).size();
                visitorNanos += CPU.getCurrentThreadCpuTime() - v0;
            }
            long t0 = CPU.getCurrentThreadCpuTime();
            FileCompatibility f = FileAnalyzer.analyze(path, CodeRoot.OTHER, target, r, table, Set.of());
            analysisNanos += CPU.getCurrentThreadCpuTime() - t0;
            n += f.findings().size();
        }
        lastFindings = n;
        return n;
    }
}
