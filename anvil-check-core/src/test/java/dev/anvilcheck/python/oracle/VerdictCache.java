package dev.anvilcheck.python.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CPython's verdicts by SHA-256 of the file bytes, kept in one append-only TSV file per interpreter release
 * and question, outside the repository: {@code ${ANVIL_CHECK_CACHE:-$HOME/.cache/anvil-check}/cpython/<version>.tsv}.
 *
 * <p>Record: {@code SHA256 \t OK(1|0) \t LINE \t COL \t MSG [\t DUMPSHA] \t .}, MSG with backslash, tab, CR and
 * LF escaped; the final {@code .} marks a whole record, so a line cut short by a killed run is never taken.
 * The file is shared with {@code cpython_worker.py --warm} and with other test runs: every append holds a POSIX
 * lock (the kind Python's {@code fcntl.lockf} takes) and is one write of a whole line; a partial last line left
 * by a killed run is ended before the next record, and malformed lines are ignored when reading.
 * A record added by another process after this cache was opened is not seen (a second verdict for the same
 * hash is harmless: verdicts are deterministic). Thread-safe.
 */
public final class VerdictCache {

    private static final Map<Path, Object> MONITORS = new ConcurrentHashMap<>();

    private final Path file;
    private final OracleKind kind;
    private final Map<String, Verdict> entries = new ConcurrentHashMap<>();
    private int skippedLines;

    private VerdictCache(Path file, OracleKind kind) {
        this.file = file;
        this.kind = kind;
    }

    /**
     * Opens (and reads) the cache of one interpreter release.
     *
     * @param cacheRoot the {@code anvil-check} cache directory; the file is under its {@code cpython/}
     * @param fullVersion the release, {@code 3.13.0}
     * @param kind the question
     * @return the cache
     */
    public static VerdictCache open(Path cacheRoot, String fullVersion, OracleKind kind) {
        VerdictCache cache = new VerdictCache(cacheRoot.resolve("cpython").resolve(kind.cacheFileName(fullVersion)),
                kind);
        cache.load();
        return cache;
    }

    /** The TSV file. */
    public Path file() {
        return file;
    }

    /** How many records are known. */
    public int size() {
        return entries.size();
    }

    /** How many lines of the file were malformed and ignored when it was read. */
    public int skippedLines() {
        return skippedLines;
    }

    /**
     * The cached verdict for some file bytes.
     *
     * @param sha256 hex SHA-256 of the file bytes
     * @return the verdict, or empty when not cached
     */
    public Optional<Verdict> get(String sha256) {
        return Optional.ofNullable(entries.get(sha256));
    }

    /**
     * Records a verdict in memory and appends it to the file.
     *
     * @param sha256 hex SHA-256 of the file bytes
     * @param verdict the verdict
     */
    public void put(String sha256, Verdict verdict) {
        if (!isSha(sha256)) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        if (entries.putIfAbsent(sha256, verdict) == null) {
            append(format(sha256, verdict));
        }
    }

    String format(String sha256, Verdict v) {
        StringBuilder b = new StringBuilder(96).append(sha256).append('\t').append(v.ok() ? '1' : '0')
                .append('\t').append(v.line()).append('\t').append(v.col()).append('\t').append(escape(v.message()));
        if (kind == OracleKind.DUMP_SHA) {
            b.append('\t').append(v.dumpSha());
        }
        return b.append("\t.\n").toString();
    }

    private void append(String line) {
        // one monitor per file in this JVM: FileLock is per process, a second lock from this JVM would throw
        synchronized (MONITORS.computeIfAbsent(file.toAbsolutePath().normalize(), k -> new Object())) {
            appendLocked(line);
        }
    }

    private void appendLocked(String line) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ); FileLock lock = ch.lock()) {
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                long size = ch.size();
                ByteBuffer out;
                if (size > 0 && lastByte(ch, size) != '\n') {
                    out = ByteBuffer.allocate(bytes.length + 1).put((byte) '\n').put(bytes).flip();
                } else {
                    out = ByteBuffer.wrap(bytes);
                }
                long at = size;
                while (out.hasRemaining()) {
                    at += ch.write(out, at); // at the end, under the lock: an append
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the CPython verdict cache " + file, e);
        }
    }

    private static byte lastByte(FileChannel ch, long size) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        ch.read(one, size - 1);
        return one.get(0);
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CPython verdict cache " + file, e);
        }
        int start = 0;
        int skipped = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n') {
                if (!parseLine(new String(all, start, i - start, StandardCharsets.UTF_8))) {
                    skipped++;
                }
                start = i + 1;
            }
        }
        if (start < all.length) {
            skipped++; // a partial last line: a run was killed while writing it
        }
        skippedLines = skipped;
    }

    private boolean parseLine(String line) {
        if (line.isEmpty() || line.startsWith("#")) {
            return true;
        }
        String[] f = line.split("\t", -1);
        int expected = kind == OracleKind.DUMP_SHA ? 7 : 6;
        if (f.length != expected || !f[expected - 1].equals(".") || !isSha(f[0])
                || !(f[1].equals("0") || f[1].equals("1"))) {
            return false;
        }
        try {
            String dumpSha = kind == OracleKind.DUMP_SHA ? f[5] : "";
            if (f[1].equals("1") && kind == OracleKind.DUMP_SHA && !isSha(dumpSha)) {
                return false;
            }
            entries.putIfAbsent(f[0], new Verdict(f[1].equals("1"), unescape(f[4]), Integer.parseInt(f[2]),
                    Integer.parseInt(f[3]), dumpSha));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static boolean isSha(String s) {
        if (s.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'n' -> b.append('\n');
                    default -> b.append(n);
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
