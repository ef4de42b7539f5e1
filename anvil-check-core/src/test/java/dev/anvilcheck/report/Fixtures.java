package dev.anvilcheck.report;

import dev.anvilcheck.Details;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.RuleId;
import dev.anvilcheck.Severity;
import dev.anvilcheck.config.ConfigRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The fixed, hand-built report every report test uses: every severity, every details kind, hostile text. */
final class Fixtures {

    /** The project folder, relative to the module (Surefire's working directory). */
    static final String PROJECT = "src/test/resources/report/app";
    /** The secret value in the fixture's .env: it must appear in no report. */
    static final String CANARY = "sk_live_CANARY0123456789abcdef";
    /** A message with everything that breaks formats: newlines, %, :, ',', pipes, markup, a command. */
    static final String HOSTILE = "100% broken: a,b\nsecond line | pipe <b>&amp;</b> `tick` *star* [x](y)\r\n"
            + "::error file=evil.py::forged\u001b[31m";

    private Fixtures() {
    }

    /** The rules the SARIF golden file lists (a fixed set, so that new rules elsewhere do not change it). */
    static List<RuleId> rules() {
        List<RuleId> rules = new ArrayList<>(List.of(TestRule.values()));
        rules.add(ConfigRule.YAML_SYNTAX);
        rules.add(ConfigRule.UNKNOWN_KEY);
        return rules;
    }

    static List<Finding> findings() {
        return List.of(
                Finding.of(ConfigRule.UNKNOWN_KEY, new Location("anvil.yaml", 3, 1, 3, 9),
                        "unknown key 'serivces'").withHint("did you mean 'services'?"),
                Finding.of(ConfigRule.YAML_SYNTAX, new Location("anvil.yaml", 5, 5, 7, 2),
                        "a multi-line span"),
                Finding.of(TestRule.WALRUS, new Location("server_code/orders.py", 4, 8, 4, 24),
                        "the walrus operator needs Python 3.8; the target is 3.7")
                        .withHint("assign n on the line before")
                        .withDetails(new Details.Compatibility("syntax", "walrus", Optional.of("3.8"),
                                Optional.empty())),
                Finding.of(TestRule.WALRUS, new Location("server_code/orders.py", 5, 2, 5, 8),
                        "a span after a tab"),
                Finding.of(TestRule.API_TOO_NEW, new Location("server_code/orders.py", 6, 12, 6, 21),
                        "math.prod is new in Python 3.8")
                        .withDetails(new Details.Compatibility("api", "math.prod", Optional.of("3.8"),
                                Optional.empty())),
                Finding.of(TestRule.HARDCODED_SECRET, new Location(".env", 2, 12, 2, 42),
                        "STRIPE_KEY holds a live Stripe key")
                        .withDetails(new Details.Secret("STRIPE_KEY", "6f1d2e3c4b5a69788796a5b4c3d2e1f0")),
                Finding.of(TestRule.UNUSED_VARIABLE, Location.at(".env", 2, 1),
                        "STRIPE_KEY is read by no code"),
                Finding.of(TestRule.UNUSED_VARIABLE, Location.at("../outside.txt", 1, 1),
                        "a path outside the project"),
                new Finding(TestRule.UNUSED_VARIABLE, Severity.WARNING,
                        Optional.of(new Location("weird dir/\u00fc|x,y:z.py", 1, 1, 1, 4)), HOSTILE,
                        Optional.of("50% of\r\nhints, too"), Details.NONE),
                Finding.of(TestRule.COLUMN_DRIFT, null, "app_tables.orders.total is text, db_schema says number")
                        .withDetails(new Details.Database("app_tables.orders.total", Optional.of("number"),
                                Optional.of("text"))),
                Finding.of(TestRule.COLUMN_DRIFT, null, "app_tables.orders is missing")
                        .withSeverity(Severity.WARNING)
                        .withDetails(new Details.Database("app_tables.orders", Optional.empty(), Optional.empty())));
    }

    static Report report() {
        return new Report(PROJECT, List.of(), findings());
    }

    static Report empty() {
        return new Report(PROJECT, List.of(), List.of());
    }
}
