package dev.anvilcheck.internal.project;

import dev.anvilcheck.Finding;
import dev.anvilcheck.Severity;
import dev.anvilcheck.config.CheckConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Applies anvil-check.yaml's severity overrides and per-path ignores to findings. */
public final class RulePolicy {

    private final Map<String, Severity> severity;
    private final List<CheckConfig.Ignore> ignores;
    private final List<Globs> ignoreGlobs = new ArrayList<>();

    /**
     * Builds the policy from rule settings.
     *
     * @param rules the settings
     */
    public RulePolicy(CheckConfig.Rules rules) {
        this.severity = rules.severity();
        this.ignores = rules.ignore();
        for (CheckConfig.Ignore i : ignores) {
            ignoreGlobs.add(new Globs(i.paths()));
        }
    }

    /**
     * Drops ignored findings, changes severities, and sorts.
     *
     * @param findings the findings
     * @return the findings after the policy
     */
    public List<Finding> apply(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (ignored(f)) {
                continue;
            }
            Severity s = severity.get(f.rule().code());
            out.add(s == null || s == f.severity() ? f : f.withSeverity(s));
        }
        out.sort(null);
        return List.copyOf(out);
    }

    private boolean ignored(Finding f) {
        for (int i = 0; i < ignores.size(); i++) {
            if (!ignores.get(i).rule().equals(f.rule().code())) {
                continue;
            }
            Globs g = ignoreGlobs.get(i);
            if (g.isEmpty() || f.location().map(l -> g.matches(l.path())).orElse(false)) {
                return true;
            }
        }
        return false;
    }
}
