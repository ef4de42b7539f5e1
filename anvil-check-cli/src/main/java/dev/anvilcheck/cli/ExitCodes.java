package dev.anvilcheck.cli;

/** The CLI's exit codes (DESIGN section 11). */
final class ExitCodes {
    /** Nothing at or above --fail-on. */
    static final int OK = 0;
    /** Findings at or above --fail-on. */
    static final int FINDINGS = 1;
    /** A usage error, or a PATH that is missing, unreadable or not an Anvil project. */
    static final int USAGE = 2;
    /** An internal error, reported in one line with where the details were logged. */
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
