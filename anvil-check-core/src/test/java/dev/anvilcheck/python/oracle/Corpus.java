package dev.anvilcheck.python.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files an interpreter is tested on: every {@code .py} file under its {@code lib/pythonX.Y} (the standard
 * library, its test suite and site-packages), and a deterministic seeded sample of them.
 *
 * @param root the directory the files were found under
 * @param files the files, sorted by their path relative to {@code root}
 */
public record Corpus(Path root, List<Path> files) {

    /** Copies the list. */
    public Corpus {
        files = List.copyOf(files);
    }

    /**
     * Every regular {@code .py} file under a directory, symbolic links not followed, sorted by relative path.
     *
     * @param root the directory
     * @return the corpus
     */
    public static Corpus of(Path root) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".py")) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        found.sort(Comparator.comparing(p -> relative(root, p)));
        return new Corpus(root, found);
    }

    /**
     * The corpus of one interpreter.
     *
     * @param interpreter the interpreter
     * @return every {@code .py} file under its library directory
     */
    public static Corpus of(Interpreter interpreter) {
        return of(interpreter.libDir());
    }

    /**
     * The path of a file relative to the root, with {@code /} separators: the name used in reports and in the
     * known-differences file.
     *
     * @param file a file of this corpus
     * @return e.g. {@code test/test_grammar.py}
     */
    public String relative(Path file) {
        return relative(root, file);
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /**
     * A deterministic sample: the {@code n} files with the smallest SHA-256 of {@code seed + ":" + relativePath},
     * in path order. The same files and seed give the same sample on any machine, and adding or removing a file
     * changes the sample by at most that file.
     *
     * @param n how many files (all when the corpus is smaller)
     * @param seed the seed
     * @return the sample
     */
    public Corpus sample(int n, long seed) {
        if (n >= files.size()) {
            return this;
        }
        record Keyed(String key, Path file) {
        }
        List<Keyed> keyed = new ArrayList<>(files.size());
        MessageDigest md = sha256();
        for (Path f : files) {
            byte[] h = md.digest((seed + ":" + relative(f)).getBytes(StandardCharsets.UTF_8));
            keyed.add(new Keyed(HexFormat.of().formatHex(h), f));
        }
        keyed.sort(Comparator.comparing(Keyed::key));
        List<Path> chosen = new ArrayList<>(keyed.subList(0, Math.max(0, n)).stream().map(Keyed::file).toList());
        chosen.sort(Comparator.comparing(this::relative));
        return new Corpus(root, chosen);
    }

    /**
     * The whole corpus or a sample, as the settings say.
     *
     * @param settings the settings
     * @return this or a sample of it
     */
    public Corpus select(OracleSettings settings) {
        if (settings.full()) {
            return this;
        }
        Set<Path> chosen = new TreeSet<>(Comparator.comparing(this::relative));
        chosen.addAll(sample(settings.sampleSize(), settings.seed()).files());
        chosen.addAll(edgeCases().files());
        return new Corpus(root, List.copyOf(chosen));
    }

    /**
     * The files CPython's own test suite keeps as edge cases (bad syntax, bad encodings, Python 2 grammar data):
     * few, and most of the corpus's rejections, so the sample always holds them. Chosen by path only:
     * {@code bad*.py} anywhere, and everything under {@code lib2to3/tests/data/} and {@code test/tokenizedata/}.
     *
     * @return those files of this corpus
     */
    public Corpus edgeCases() {
        return new Corpus(root, files.stream().filter(f -> {
            String rel = relative(f);
            return f.getFileName().toString().startsWith("bad") || rel.contains("lib2to3/tests/data/")
                    || rel.startsWith("test/tokenizedata/");
        }).toList());
    }

    /** The number of files. */
    public int size() {
        return files.size();
    }

    /**
     * Hex SHA-256 of some bytes.
     *
     * @param bytes the bytes
     * @return 64 lower-case hex digits
     */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
