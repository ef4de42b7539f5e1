package dev.anvilcheck.report;

import dev.anvilcheck.RuleDescriptor;
import dev.anvilcheck.RuleId;
import dev.anvilcheck.Severity;

/** Rules of other owners (PY, SE, AX, DB), so that report tests cover every prefix and details kind. */
enum TestRule implements RuleId {
    WALRUS("PY101", "walrus-operator", Severity.ERROR,
            "The assignment expression (:=) needs Python 3.8. Assign on a separate line for older targets."),
    API_TOO_NEW("PY201", "api-too-new", Severity.INFO,
            "A standard-library function that is newer than the target. Use an older equivalent."),
    HARDCODED_SECRET("SE101", "hardcoded-secret", Severity.ERROR,
            "A secret value is written in a file of the app. Move it to Anvil's secrets or the environment."),
    UNUSED_VARIABLE("AX301", "unused-variable", Severity.WARNING,
            "A variable in .env that no code reads."),
    COLUMN_DRIFT("DB201", "column-drift", Severity.ERROR,
            "A live column's type differs from the one db_schema declares.");

    private final RuleDescriptor descriptor;

    TestRule(String code, String title, Severity severity, String description) {
        this.descriptor = new RuleDescriptor(code, title, severity, description);
    }

    @Override
    public RuleDescriptor descriptor() {
        return descriptor;
    }
}
