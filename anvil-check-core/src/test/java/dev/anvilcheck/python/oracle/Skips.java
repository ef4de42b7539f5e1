package dev.anvilcheck.python.oracle;

import org.junit.jupiter.api.Assumptions;

/** Skips a differential test with its reason both in the test report and on stdout, next to the figures. */
final class Skips {

    private Skips() {
    }

    /**
     * Aborts the test (reported as skipped) unless the condition holds.
     *
     * @param condition whether the test can run
     * @param reason why it cannot, starting with {@code "skipped: "}
     */
    static void unless(boolean condition, String reason) {
        if (!condition) {
            System.out.println("SKIPPED: " + reason.replaceFirst("^skipped: ", ""));
        }
        Assumptions.assumeTrue(condition, reason);
    }
}
