package dev.anvilcheck.assertj;

import dev.anvilcheck.CheckResult;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.config.ConfigRule;
import java.nio.file.Path;
import java.util.List;

/** Test data: a result type of its own (as later modules will add) and findings of every severity. */
final class Data {

    static final Path CLEAN = Path.of("src/test/resources/apps/clean");
    static final Path BROKEN = Path.of("src/test/resources/apps/broken");

    /** A result type that anvil-check does not know, to show that the asserts are generic. */
    record TestResult(List<Finding> findings) implements CheckResult {
        TestResult {
            findings = findings.stream().sorted().toList();
        }
    }

    static final Finding ERROR = Finding.of(ConfigRule.COLUMN_TYPE, new Location("anvil.yaml", 12, 13, 12, 19),
            "column 'orders.total' has type 'nubmer'").withHint("did you mean 'number'?");
    static final Finding WARNING = Finding.of(ConfigRule.UNKNOWN_KEY, Location.at("anvil.yaml", 3, 1),
            "unknown key 'serivces'");
    static final Finding INFO = Finding.of(ConfigRule.UNKNOWN_KEY, Location.at("server_code/a.py", 1, 1), "note")
            .withSeverity(dev.anvilcheck.Severity.INFO);
    static final Finding NOWHERE = Finding.of(ConfigRule.MISSING_SECTION, null, "no secrets section");

    static TestResult result(Finding... findings) {
        return new TestResult(List.of(findings));
    }

    /** Formats an expected message with the platform's line separator, as AssertJ does. */
    static String msg(String format, Object... args) {
        return String.format(format, args);
    }

    private Data() {
    }
}
