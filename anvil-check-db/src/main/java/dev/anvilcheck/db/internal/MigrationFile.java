package dev.anvilcheck.db.internal;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A migration file found in the migrations folder: Flyway's {@code V<version>__<description>.sql} or a plain
 * numbered {@code 001_init.sql}.
 *
 * @param file the file
 * @param script its path relative to the migrations folder, with {@code /}
 * @param displayPath its path for findings (relative to the project when known)
 * @param version the version text as normalised ({@code 1.2}, {@code 3})
 * @param versionParts the numeric parts for ordering
 * @param description the description, with {@code _} as spaces
 * @param text the content, BOM removed
 * @param checksum the line-ending-insensitive CRC32
 */
public record MigrationFile(Path file, String script, String displayPath, String version,
                            List<BigInteger> versionParts, String description, String text, int checksum)
        implements Comparable<MigrationFile> {

    private static final Pattern FLYWAY = Pattern.compile("V(\\d+(?:[._]\\d+)*)__(.+)\\.sql");
    private static final Pattern NUMBERED = Pattern.compile("(\\d+)_(.+)\\.sql");

    /** Copies the list. */
    public MigrationFile {
        versionParts = List.copyOf(versionParts);
    }

    /**
     * Parses a file name.
     *
     * @param name the file name
     * @return {version, description} when the name is a migration's
     */
    public static Optional<String[]> parseName(String name) {
        Matcher m = FLYWAY.matcher(name);
        if (m.matches()) {
            return Optional.of(new String[] {m.group(1).replace('_', '.'), m.group(2).replace('_', ' ')});
        }
        m = NUMBERED.matcher(name);
        if (m.matches()) {
            return Optional.of(new String[] {m.group(1), m.group(2).replace('_', ' ')});
        }
        return Optional.empty();
    }

    /**
     * The numeric parts of a version ({@code 001} and {@code 1} are equal).
     *
     * @param version the version text
     * @return the parts
     */
    public static List<BigInteger> parts(String version) {
        List<BigInteger> out = new ArrayList<>();
        for (String p : version.split("\\.")) {
            out.add(new BigInteger(p));
        }
        while (out.size() > 1 && out.get(out.size() - 1).signum() == 0) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /**
     * Compares two versions numerically, part by part.
     *
     * @param a one version's parts
     * @param b the other's
     * @return negative, zero or positive
     */
    public static int compareVersions(List<BigInteger> a, List<BigInteger> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
            BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
            int c = x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * The checksum Flyway uses: CRC32 over each line's UTF-8 bytes without line terminators, so CRLF and LF give
     * the same value.
     *
     * @param text the content, BOM removed
     * @return the checksum
     */
    public static int checksum(String text) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        for (String line : text.split("\r\n|\r|\n", -1)) {
            crc.update(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }

    @Override
    public int compareTo(MigrationFile o) {
        return compareVersions(versionParts, o.versionParts);
    }
}
