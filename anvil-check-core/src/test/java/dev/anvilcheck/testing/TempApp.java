package dev.anvilcheck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small Anvil apps into a temporary folder for tests. */
public final class TempApp {

    private final Path root;

    private TempApp(Path root) {
        this.root = root;
    }

    /**
     * An app folder below {@code dir} with the given anvil.yaml text.
     *
     * @param dir a JUnit temp dir
     * @param anvilYaml the manifest's text
     * @return the app
     */
    public static TempApp of(Path dir, String anvilYaml) {
        return new TempApp(dir).file("anvil.yaml", anvilYaml);
    }

    /**
     * Writes a file below the app root.
     *
     * @param rel the relative path
     * @param text the content
     * @return this
     */
    public TempApp file(String rel, String text) {
        return bytes(rel, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a binary file below the app root.
     *
     * @param rel the relative path
     * @param content the content
     * @return this
     */
    public TempApp bytes(String rel, byte[] content) {
        try {
            Path p = root.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.write(p, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The app's root folder. */
    public Path root() {
        return root;
    }
}
