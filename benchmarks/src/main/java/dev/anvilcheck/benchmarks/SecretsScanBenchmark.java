package dev.anvilcheck.benchmarks;

import dev.anvilcheck.secrets.internal.SecretScanner;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Scanning speed of the hard-coded secret detector over a Python tree (default: CPython 3.13's standard library),
 * printed as MB/s. The files are read and decoded once; then the scanner runs over all of them several times (the
 * first rounds warm the JIT up) and the best and median rounds are printed, with the number of hits.
 *
 * <pre>
 * java -cp anvil-check-core/target/classes:benchmarks/target/classes \
 *     dev.anvilcheck.benchmarks.SecretsScanBenchmark [DIR] [ROUNDS]
 * </pre>
 */
public final class SecretsScanBenchmark {

    private SecretsScanBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args an optional folder and an optional number of rounds
     * @throws IOException when the folder cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/root/.pyenv/versions/3.13.0/lib/python3.13");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        long readStart = System.nanoTime();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.filter(f -> f.toString().endsWith(".py") && Files.isRegularFile(f))
                    .sorted()::iterator) {
                byte[] b = Files.readAllBytes(p);
                bytes += b.length;
                texts.add(new String(b, StandardCharsets.UTF_8));
            }
        }
        double readSeconds = (System.nanoTime() - readStart) / 1e9;
        double mb = bytes / (1024.0 * 1024.0);
        System.out.printf("corpus: %s, %d files, %.1f MB (read and decoded in %.2f s)%n", dir, texts.size(), mb,
                readSeconds);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] seconds = new double[rounds];
        double[] cpu = new double[rounds];
        int hits = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            int h = 0;
            for (String t : texts) {
                h += SecretScanner.scan(t, SecretScanner.Kind.CODE).size();
            }
            seconds[r] = (System.nanoTime() - t0) / 1e9;
            cpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            hits = h;
            System.out.printf("round %d: %.3f s wall (%.1f MB/s), %.3f s CPU (%.1f MB/s)%n", r + 1, seconds[r],
                    mb / seconds[r], cpu[r], mb / cpu[r]);
        }
        int warm = Math.min(2, rounds - 1);
        double[] wall = Arrays.copyOfRange(seconds, warm, rounds);
        double[] thread = Arrays.copyOfRange(cpu, warm, rounds);
        Arrays.sort(wall);
        Arrays.sort(thread);
        System.out.printf("secrets scan: wall best %.1f MB/s, median %.1f MB/s; thread CPU best %.1f MB/s, median "
                + "%.1f MB/s (after %d warm-up rounds; load average %.1f on %d cores), %d hits in %d files%n",
                mb / wall[0], mb / wall[wall.length / 2], mb / thread[0], mb / thread[thread.length / 2], warm,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors(), hits, texts.size());
    }
}
