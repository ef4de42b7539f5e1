package dev.anvilcheck;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The tool's name and version, as reports print them.
 *
 * <p>Thread-safe.
 */
public final class ToolInfo {

    /** The tool's name. */
    public static final String NAME = "anvil-check";
    private static final String VERSION = readVersion();

    private ToolInfo() {
    }

    /**
     * The version of this build ({@code 0.1.0-SNAPSHOT}), or {@code "unknown"} when not built by Maven.
     *
     * @return the version
     */
    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = ToolInfo.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
