package dev.anvilcheck;

/**
 * Thrown by {@code orThrow()} when a result has errors. It carries the whole result; its message counts the
 * errors and names the first one (rule, place and message: never a secret value).
 *
 * <p>Immutable once thrown.
 */
public class AnvilCheckException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient CheckResult result;

    /**
     * Creates the exception for a result with errors.
     *
     * @param result the result
     */
    public AnvilCheckException(CheckResult result) {
        super(describe(result));
        this.result = result;
    }

    /**
     * The result that had errors.
     *
     * @return the result
     */
    public CheckResult result() {
        return result;
    }

    private static String describe(CheckResult result) {
        long errors = result.count(Severity.ERROR);
        String first = result.findings().stream().filter(f -> f.severity() == Severity.ERROR).findFirst()
                .map(Finding::toString).orElse("");
        return errors + (errors == 1 ? " error" : " errors") + (first.isEmpty() ? "" : ", first: " + first);
    }
}
