package dev.anvilcheck.matrix;

import dev.anvilcheck.RuleDescriptor;
import dev.anvilcheck.RuleId;
import dev.anvilcheck.Severity;

/**
 * Rules of the interpreter matrix (prefix {@code MX}).
 *
 * <p>Thread-safe (an enum).
 */
public enum MatrixRule implements RuleId {
    /** A file does not compile under a version the team targets. */
    COMPILE_FAILS("MX001", "compile-fails", Severity.ERROR,
            "A Python file does not compile under an interpreter of a version the team targets (python.matrix)."),
    /** A test fails under a version the team targets. */
    TEST_FAILS("MX002", "test-fails", Severity.ERROR,
            "A test of the project's pytest suite fails (or errors) under an interpreter of a targeted version."),
    /** A targeted version has no interpreter here. */
    INTERPRETER_MISSING("MX003", "interpreter-missing", Severity.WARNING,
            "No interpreter of a version in python.matrix was found (pyenv, PATH, matrix.interpreters), so that "
                    + "column is skipped."),
    /** Static analysis and a real interpreter disagree about a file. */
    DISAGREEMENT("MX004", "static-dynamic-disagreement", Severity.WARNING,
            "The static compatibility analysis and a real interpreter disagree about whether a file compiles; "
                    + "one of them is wrong (report it)."),
    /** An interpreter could not be run or timed out. */
    INTERPRETER_FAILED("MX005", "interpreter-failed", Severity.WARNING,
            "An interpreter could not be started, crashed or timed out, so its column is incomplete."),
    /** A Python file that is not a regular file: no interpreter is given it. */
    FILE_UNREADABLE("MX006", "file-unreadable", Severity.ERROR,
            "A Python file is a FIFO, a device, a socket or a dangling or looping symbolic link, so it is given to "
                    + "no interpreter (opening a FIFO would stall the compile worker); its row is skipped.");

    private final RuleDescriptor descriptor;

    MatrixRule(String code, String title, Severity severity, String description) {
        this.descriptor = new RuleDescriptor(code, title, severity, description);
    }

    @Override
    public RuleDescriptor descriptor() {
        return descriptor;
    }
}
