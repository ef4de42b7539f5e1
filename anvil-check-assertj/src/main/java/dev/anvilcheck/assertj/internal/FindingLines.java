package dev.anvilcheck.assertj.internal;

import dev.anvilcheck.Finding;
import dev.anvilcheck.RuleCatalog;
import dev.anvilcheck.RuleId;
import java.util.List;

/** Formats findings for failure messages: one per line, with location, severity, rule, message and hint. */
public final class FindingLines {

    /** At most this many findings are listed; the rest are counted. */
    public static final int MAX = 20;

    private FindingLines() {
    }

    /**
     * The findings, one per line, indented by two spaces, each with its hint on the next line.
     *
     * @param findings the findings
     * @return the lines, joined with line breaks, without a final one
     */
    public static String of(List<? extends Finding> findings) {
        StringBuilder b = new StringBuilder();
        int shown = Math.min(findings.size(), MAX);
        for (int i = 0; i < shown; i++) {
            Finding f = findings.get(i);
            if (b.length() > 0) {
                b.append(System.lineSeparator());
            }
            b.append("  ").append(f);
            f.hint().ifPresent(h -> b.append(System.lineSeparator()).append("      hint: ").append(h));
        }
        if (findings.size() > shown) {
            b.append(System.lineSeparator()).append("  ... and ").append(findings.size() - shown).append(" more");
        }
        return b.toString();
    }

    /**
     * A rule as messages name it: {@code PY101 (walrus-operator)}.
     *
     * @param rule the rule
     * @return the name
     */
    public static String rule(RuleId rule) {
        return rule.code() + " (" + rule.title() + ")";
    }

    /**
     * A rule code as messages name it, with its title when a catalog on the class path knows the code.
     *
     * @param code the code
     * @return the name
     */
    public static String rule(String code) {
        return RuleCatalog.all().stream().filter(r -> r.code().equals(code)).findFirst().map(FindingLines::rule)
                .orElse(code);
    }
}
