package dev.anvilcheck.bench;

import dev.anvilcheck.python.ParseOptions;
import dev.anvilcheck.python.ParseResult;
import dev.anvilcheck.python.PythonParser;
import dev.anvilcheck.python.PythonVersion;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Parses every {@code .py} file under a directory tree in parallel and prints the throughput:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.anvilcheck.bench.CorpusParse [--threads N] [--target 3.13]
 *      [--exclude DIRNAME]... [--repeat N] [--list-errors] DIR...
 * files=1726 bytes=33055428 lines=895585 errors=4 seconds=1.52 MB/s=21.7 (threads=2, target 3.13)
 * </pre>
 *
 * <p>Files are streamed: one thread walks the tree into a small bounded queue, worker threads read, parse and
 * drop each file, so memory does not grow with the tree. {@code seconds} of the first run counts from JVM start
 * (the whole process, as the performance bar in DESIGN.md section 13 asks); later runs ({@code --repeat}) time
 * the walk and parse only, for the figure with a warm JIT. A file counts as an error when its parse result holds
 * a syntax error.
 */
public final class CorpusParse {

    private static final Path END = Path.of("");

    private CorpusParse() {
    }

    /**
     * Runs the command.
     *
     * @param args the arguments, see the class comment
     * @throws Exception on a broken tree walk or interruption
     */
    public static void main(String[] args) throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        PythonVersion target = PythonVersion.of(3, 13);
        Set<String> excluded = new HashSet<>();
        List<Path> roots = new ArrayList<>();
        int repeat = 1;
        boolean listErrors = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--target" -> target = PythonVersion.parse(args[++i]);
                case "--exclude" -> excluded.add(args[++i]);
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "--list-errors" -> listErrors = true;
                default -> {
                    if (args[i].startsWith("--")) {
                        usage("unknown option " + args[i]);
                        return;
                    }
                    roots.add(Path.of(args[i]));
                }
            }
        }
        if (roots.isEmpty()) {
            usage("no directory given");
            return;
        }
        for (int run = 1; run <= repeat; run++) {
            long start = run == 1 ? jvmStartNanos() : System.nanoTime();
            Totals t = run(roots, excluded, threads, target, listErrors ? System.err : null);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "files=%d bytes=%d lines=%d errors=%d seconds=%.2f MB/s=%.2f "
                    + "(threads=%d, target %s%s)%n", t.files.get(), t.bytes.get(), t.lines.get(), t.errors.get(),
                    seconds, t.bytes.get() / 1e6 / seconds, threads, target,
                    run == 1 ? ", whole process" : ", run " + run + " in the same JVM");
        }
    }

    private static void usage(String problem) {
        System.err.println("CorpusParse: " + problem);
        System.err.println("usage: CorpusParse [--threads N] [--target 3.13] [--exclude DIRNAME]... [--repeat N] "
                + "[--list-errors] DIR...");
        System.exit(2);
    }

    /** Now minus the JVM's age: the process start on the {@code nanoTime} scale. */
    private static long jvmStartNanos() {
        long uptimeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
        return System.nanoTime() - uptimeMillis * 1_000_000L;
    }

    /** The counters of one run. */
    static final class Totals {
        final AtomicLong files = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();
        final AtomicLong lines = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
    }

    /**
     * Parses the trees once.
     *
     * @param roots directories (or single files)
     * @param excluded directory names not entered
     * @param threads parser threads
     * @param target the version asked of the parser
     * @param errorsTo where to list files with syntax errors, or null
     * @return the totals
     * @throws InterruptedException when interrupted
     */
    static Totals run(List<Path> roots, Set<String> excluded, int threads, PythonVersion target,
            PrintStream errorsTo) throws InterruptedException {
        Totals totals = new Totals();
        BlockingQueue<Path> queue = new ArrayBlockingQueue<>(256);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread w = new Thread(() -> work(queue, target, totals, errorsTo), "corpus-parse-" + i);
            w.start();
            workers.add(w);
        }
        try {
            for (Path root : roots) {
                walk(root, excluded, queue);
            }
        } finally {
            for (int i = 0; i < threads; i++) {
                queue.put(END);
            }
        }
        for (Thread w : workers) {
            w.join();
        }
        return totals;
    }

    private static void walk(Path root, Set<String> excluded, BlockingQueue<Path> queue) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && excluded.contains(dir.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".py")) {
                        try {
                            queue.put(file);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return FileVisitResult.TERMINATE;
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void work(BlockingQueue<Path> queue, PythonVersion target, Totals totals, PrintStream errorsTo) {
        try {
            while (true) {
                Path file = queue.take();
                if (file == END) {
                    return;
                }
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (IOException e) {
                    continue;
                }
                ParseResult r = PythonParser.parse(bytes, new ParseOptions(file.toString(), target));
                totals.files.incrementAndGet();
                totals.bytes.addAndGet(bytes.length);
                totals.lines.addAndGet(lines(bytes));
                if (!r.syntaxErrors().isEmpty()) {
                    totals.errors.incrementAndGet();
                    if (errorsTo != null) {
                        errorsTo.println(file + ": " + r.syntaxErrors().get(0).message());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static long lines(byte[] bytes) {
        long n = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                n++;
            }
        }
        return bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? n + 1 : n;
    }
}
