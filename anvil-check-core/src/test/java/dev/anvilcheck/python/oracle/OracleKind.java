package dev.anvilcheck.python.oracle;

/** The questions the oracle answers, each with its own cache file and worker command. */
public enum OracleKind {
    /** Does {@code compile(bytes, path, 'exec', dont_inherit=True)} succeed? */
    COMPILE("compile", ""),
    /** Does {@code ast.parse} succeed, and what is the SHA-256 of {@code ast.dump(include_attributes=True)}? */
    DUMP_SHA("dumpsha", "-astdump");

    private final String command;
    private final String fileSuffix;

    OracleKind(String command, String fileSuffix) {
        this.command = command;
        this.fileSuffix = fileSuffix;
    }

    /** The worker's command word. */
    public String command() {
        return command;
    }

    /**
     * The cache file name for one release.
     *
     * @param fullVersion {@code 3.13.0}
     * @return {@code 3.13.0.tsv} or {@code 3.13.0-astdump.tsv}
     */
    public String cacheFileName(String fullVersion) {
        return fullVersion + fileSuffix + ".tsv";
    }
}
