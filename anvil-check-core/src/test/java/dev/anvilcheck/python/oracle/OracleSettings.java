package dev.anvilcheck.python.oracle;

import java.nio.file.Path;

/**
 * The knobs of the differential tests, read from system properties (set by the {@code corpus} Maven profile or
 * by {@code -D...} on the command line).
 *
 * <ul>
 *   <li>{@code anvil.oracle.mode}: {@code sample} (default) or {@code full} (the whole corpus, {@code -Pcorpus})</li>
 *   <li>{@code anvil.oracle.sample}: files per interpreter in sample mode (default 150)</li>
 *   <li>{@code anvil.oracle.seed}: the sample's seed (default 20261126)</li>
 *   <li>{@code anvil.oracle.threads}: parallelism (default: available processors)</li>
 *   <li>{@code anvil.oracle.oldest}: the oldest interpreter of the verdict test (default 3.6; 2.7 adds Python 2)</li>
 *   <li>{@code anvil.oracle.pyenv}: where interpreters are found (see {@link Interpreters#root()})</li>
 *   <li>cache directory: {@code anvil.oracle.cache}, else {@code $ANVIL_CHECK_CACHE}, else
 *       {@code $HOME/.cache/anvil-check}</li>
 * </ul>
 *
 * @param full whether the whole corpus is used
 * @param sampleSize files per interpreter in sample mode
 * @param seed the sample's seed
 * @param threads parallelism of parsing and of CPython workers
 * @param cacheRoot the {@code anvil-check} cache directory (verdicts go to its {@code cpython/})
 */
public record OracleSettings(boolean full, int sampleSize, long seed, int threads, Path cacheRoot) {

    /** The default seed of the sample. */
    public static final long DEFAULT_SEED = 20261126L;

    /**
     * Reads the settings from system properties and the environment.
     *
     * @return the settings
     */
    public static OracleSettings fromSystem() {
        String mode = System.getProperty("anvil.oracle.mode", "sample").strip();
        if (!mode.equals("sample") && !mode.equals("full")) {
            throw new IllegalArgumentException("anvil.oracle.mode must be 'sample' or 'full', not '" + mode + "'");
        }
        int sample = Integer.parseInt(System.getProperty("anvil.oracle.sample", "150").strip());
        long seed = Long.parseLong(System.getProperty("anvil.oracle.seed", String.valueOf(DEFAULT_SEED)).strip());
        int threads = Integer.parseInt(System.getProperty("anvil.oracle.threads",
                String.valueOf(Runtime.getRuntime().availableProcessors())).strip());
        return new OracleSettings(mode.equals("full"), sample, seed, Math.max(1, threads), defaultCacheRoot());
    }

    /** The cache directory: {@code anvil.oracle.cache}, {@code $ANVIL_CHECK_CACHE} or {@code ~/.cache/anvil-check}. */
    public static Path defaultCacheRoot() {
        String prop = System.getProperty("anvil.oracle.cache");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("ANVIL_CHECK_CACHE");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "anvil-check");
    }

    /** {@code "corpus"} or {@code "sample"}, for the figures' titles. */
    public String label() {
        return full ? "corpus" : "sample";
    }

    /** {@code "whole corpus"} or {@code "seeded sample of N (seed S)"}, for the printed figures. */
    public String describe() {
        return full ? "whole corpus" : "seeded sample of " + sampleSize + " files per interpreter (seed " + seed
                + "; -Pcorpus for all)";
    }
}
