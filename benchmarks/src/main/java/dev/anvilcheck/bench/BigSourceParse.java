package dev.anvilcheck.bench;

import com.sun.management.ThreadMXBean;
import dev.anvilcheck.python.ParseOptions;
import dev.anvilcheck.python.ParseResult;
import dev.anvilcheck.python.PythonParser;
import dev.anvilcheck.python.PythonVersion;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses big synthetic Python sources of several shapes and prints, per shape and size, the parse time, the
 * bytes allocated while parsing and the heap the {@link ParseResult} keeps, each also per byte of source:
 *
 * <pre>
 * java -Xmx8g -XX:TieredStopAtLevel=1 -cp benchmarks/target/benchmarks.jar dev.anvilcheck.bench.BigSourceParse \
 *      [--sizes 1,4,16,32] [--shapes stdlib,data,...] [--lib DIR] [--histogram]
 * shape     MB  errors   tokens  seconds  alloc MB  alloc/B  retained MB  retained/B
 * </pre>
 *
 * <p>Shapes: {@code stdlib} (CPython standard library modules concatenated, many normal lines), {@code data} (a
 * generated multi-line dict literal of records, like generated data modules), {@code list} (a one-line list of
 * numbers and strings), {@code names} (a one-line list {@code [a, a, ...]}), {@code oneline} (statements joined
 * by {@code ;} on one line), {@code binop} (one {@code 1+1+...} expression on one line), {@code string} (one huge
 * string literal), {@code docstring} (one triple-quoted string of JSON lines, like moto's
 * {@code aws_managed_policies.py}) and {@code nested} (lines of brackets nested 190 deep, CPython's limit being
 * 200).
 *
 * <p>Allocation is measured with {@link ThreadMXBean#getThreadAllocatedBytes(long[])} over every thread (the
 * parser runs deeply nested input on a helper thread, sampled every millisecond while it lives); retained heap
 * is the used heap after full GCs with the result alive, minus the used heap before parsing. The source bytes
 * themselves are held by the benchmark on both sides and so not counted. Sizes above
 * {@link PythonParser#MAX_SOURCE_BYTES} are parsed from the decoded text ({@code parse(String)}), which skips the
 * cap; sizes up to it from the bytes. {@code --histogram} prints the top of the live heap's class histogram
 * ({@code jcmd GC.class_histogram}) with each result alive: where the retained bytes are.
 */
public final class BigSourceParse {

    private BigSourceParse() {
    }

    /**
     * Runs the command.
     *
     * @param args see the class comment
     * @throws Exception on unreadable standard library files
     */
    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(1, 4, 16, 32);
        boolean histogram = false;
        List<String> shapes = List.of("stdlib", "data", "list", "names", "oneline", "binop", "string",
                "docstring", "nested");
        Path lib = Path.of(System.getProperty("anvil.bench.lib", "/root/.pyenv/versions/3.13.0/lib/python3.13"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = parseInts(args[++i]);
                case "--shapes" -> shapes = List.of(args[++i].split(","));
                case "--lib" -> lib = Path.of(args[++i]);
                case "--histogram" -> histogram = true;
                default -> {
                    System.err.println("usage: BigSourceParse [--sizes 1,4,16,32] [--shapes stdlib,data,...] "
                            + "[--lib DIR]");
                    System.exit(2);
                }
            }
        }
        List<byte[]> stdlib = shapes.contains("stdlib") ? stdlibFiles(lib) : List.of();
        // warm the JIT on a small source of each shape, so the figures are about size, not compilation
        for (String shape : shapes) {
            for (int w = 0; w < 3; w++) {
                PythonParser.parse(generate(shape, 256 * 1024, stdlib), ParseOptions.defaults());
            }
        }
        System.out.printf(Locale.ROOT, "%-9s %4s %6s %10s %8s %9s %8s %11s %10s%n", "shape", "MB", "errors",
                "tokens", "seconds", "alloc MB", "alloc/B", "retained MB", "retained/B");
        for (String shape : shapes) {
            for (int mb : sizes) {
                byte[] src = generate(shape, mb << 20, stdlib);
                measure(shape, mb, src, histogram);
            }
        }
    }

    private static void measure(String shape, int mb, byte[] src, boolean histogram) throws Exception {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        // parse(String) skips the size cap (the point is to measure what the cap would guard against); the text
        // is decoded before the measurement then, so decoding is only counted for sizes within the cap
        String text = src.length > PythonParser.MAX_SOURCE_BYTES ? new String(src, StandardCharsets.UTF_8) : null;
        long before = usedAfterGc(mem);
        AllocationSampler sampler = new AllocationSampler(threads);
        sampler.start();
        long t0 = System.nanoTime();
        ParseResult r;
        try {
            r = text != null ? PythonParser.parse(text, ParseOptions.defaults())
                    : PythonParser.parse(src, new ParseOptions("<big>", PythonVersion.LATEST));
        } catch (OutOfMemoryError e) {
            sampler.finish();
            System.out.printf(Locale.ROOT, "%-9s %4d  out of memory (-Xmx%d MB)%n", shape, mb,
                    Runtime.getRuntime().maxMemory() >> 20);
            return;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long allocated = sampler.finish();
        long after = usedAfterGc(mem);
        long retained = after - before;
        System.out.printf(Locale.ROOT, "%-9s %4d %6d %10d %8.2f %9.0f %8.1f %11.1f %10.1f%n", shape, mb,
                r.syntaxErrors().size(), r.tokens().size(), seconds, allocated / 1048576.0,
                allocated / (double) src.length, retained / 1048576.0, retained / (double) src.length);
        if (!r.syntaxErrors().isEmpty()) {
            System.out.println("          first error: " + r.syntaxErrors().get(0));
        }
        if (histogram) {
            // what the result keeps, by class (jcmd runs a full GC first): where the retained bytes are
            Process p = new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()),
                    "GC.class_histogram").redirectErrorStream(true).start();
            List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .limit(18).toList();
            p.waitFor();
            lines.forEach(l -> System.out.println("          " + l));
        }
        Reference.reachabilityFence(r);
        Reference.reachabilityFence(text);
    }

    private static long usedAfterGc(MemoryMXBean mem) {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, mem.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** Sums the bytes allocated by every thread between start and finish. */
    static final class AllocationSampler extends Thread {
        private final ThreadMXBean threads;
        private final Map<Long, long[]> firstLast = new HashMap<>();
        private final long self;
        private final long selfStart;
        private volatile boolean done;
        private boolean baselineTaken;

        AllocationSampler(ThreadMXBean threads) {
            super("allocation-sampler");
            setDaemon(true);
            this.threads = threads;
            this.self = Thread.currentThread().getId();
            this.selfStart = threads.getThreadAllocatedBytes(self);
        }

        @Override
        public void run() {
            while (!done) {
                sample();
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private synchronized void sample() {
            long[] ids = threads.getAllThreadIds();
            long[] bytes = threads.getThreadAllocatedBytes(ids);
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] == self || ids[i] == getId() || bytes[i] < 0) {
                    continue;
                }
                long[] fl = firstLast.get(ids[i]);
                if (fl == null) {
                    // a thread first seen now was started during the measurement (or is an idle JVM thread)
                    firstLast.put(ids[i], new long[] {baselineTaken ? 0 : bytes[i], bytes[i]});
                } else {
                    fl[1] = bytes[i];
                }
            }
            baselineTaken = true;
        }

        long finish() {
            long selfBytes = threads.getThreadAllocatedBytes(self) - selfStart;
            done = true;
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sample();
            long others = 0;
            for (long[] fl : firstLast.values()) {
                others += fl[1] - fl[0];
            }
            return selfBytes + others;
        }

        @Override
        public synchronized void start() {
            sample();
            super.start();
        }
    }

    private static List<Integer> parseInts(String s) {
        List<Integer> out = new ArrayList<>();
        for (String p : s.split(",")) {
            out.add(Integer.parseInt(p.trim()));
        }
        return out;
    }

    /** Top-level stdlib modules that parse cleanly and do not use {@code from __future__} (order is stable). */
    private static List<byte[]> stdlibFiles(Path lib) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(lib, "*.py")) {
            ds.forEach(paths::add);
        }
        paths.sort(null);
        List<byte[]> out = new ArrayList<>();
        for (Path p : paths) {
            byte[] b = Files.readAllBytes(p);
            String s = new String(b, StandardCharsets.UTF_8);
            if (s.contains("__future__") || s.contains("coding")
                    || !PythonParser.parse(b, ParseOptions.defaults()).hasValidSyntax()) {
                continue;
            }
            out.add(b);
        }
        return out;
    }

    /** A source of {@code shape} of about {@code size} bytes (within one repeated unit). */
    static byte[] generate(String shape, int size, List<byte[]> stdlib) {
        StringBuilder sb = new StringBuilder(size + 4096);
        switch (shape) {
            case "stdlib" -> {
                for (int i = 0; sb.length() < size; i++) {
                    sb.append(new String(stdlib.get(i % stdlib.size()), StandardCharsets.UTF_8)).append('\n');
                }
                return sb.toString().getBytes(StandardCharsets.UTF_8);
            }
            case "data" -> {
                sb.append("DATA = {\n");
                for (int i = 0; sb.length() < size; i++) {
                    sb.append("    \"record-").append(i).append("\": {\"name\": \"item ").append(i % 977)
                            .append("\", \"id\": ").append(i).append(", \"ratio\": ").append(i % 100)
                            .append(".25, \"tags\": [\"alpha\", \"beta\"], \"enabled\": ")
                            .append(i % 2 == 0 ? "True" : "False").append(", \"parent\": None},\n");
                }
                sb.append("}\n");
            }
            case "list" -> {
                sb.append("VALUES = [");
                for (int i = 0; sb.length() < size; i++) {
                    sb.append(i % 1000).append(", '").append(Integer.toHexString(i)).append("', ");
                }
                sb.append("]\n");
            }
            case "names" -> {
                sb.append("x = [");
                while (sb.length() < size) {
                    sb.append("a, ");
                }
                sb.append("]\n");
            }
            case "oneline" -> {
                for (int i = 0; sb.length() < size; i++) {
                    sb.append("a").append(i % 100).append(" = f(b, c.d[").append(i % 10).append("], 'e'); ");
                }
                sb.append("\n");
            }
            case "binop" -> {
                sb.append("x = 1");
                while (sb.length() < size) {
                    sb.append("+1");
                }
                sb.append("\n");
            }
            case "string" -> {
                sb.append("s = \"");
                while (sb.length() < size) {
                    sb.append("lorem ipsum dolor sit amet ");
                }
                sb.append("\"\n");
            }
            case "docstring" -> {
                sb.append("data = \"\"\"\n{\n");
                for (int i = 0; sb.length() < size; i++) {
                    sb.append(" \"Policy").append(i).append("\":{\n  \"CreateDate\":\"2026-03-26T03:42:09+00:00\",\n")
                            .append("  \"Action\":[\n   \"s3:GetObject\",\n   \"s3:List*\"\n  ]\n },\n");
                }
                sb.append("}\n\"\"\"\n");
            }
            case "nested" -> {
                String line = "x = " + "[".repeat(190) + "1" + "]".repeat(190) + "\n";
                while (sb.length() < size) {
                    sb.append(line);
                }
            }
            default -> throw new IllegalArgumentException("unknown shape " + shape);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
