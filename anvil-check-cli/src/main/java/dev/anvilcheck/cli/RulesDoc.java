package dev.anvilcheck.cli;

import dev.anvilcheck.RuleId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders the rules reference (docs/rules.md) from every {@link dev.anvilcheck.RuleCatalog} on the class path. */
final class RulesDoc {

    static final Map<String, String> OWNERS = new LinkedHashMap<>();

    static {
        OWNERS.put("AY", "anvil.yaml and anvil-check.yaml structure");
        OWNERS.put("PY", "Python syntax and API compatibility");
        OWNERS.put("AX", "Anvil cross-references and server dependencies");
        OWNERS.put("SE", "Secrets and environment variables");
        OWNERS.put("SC", "Schema generation");
        OWNERS.put("DB", "Live database and migrations");
        OWNERS.put("VA", "HashiCorp Vault");
        OWNERS.put("MX", "Interpreter matrix");
    }

    private RulesDoc() {
    }

    static String render(List<RuleId> rules) {
        StringBuilder b = new StringBuilder();
        b.append("# Rules reference\n\n");
        b.append("<!-- Generated from the rule enums by `anvil-check rules --format markdown`; ")
                .append("RulesDocTest fails when this file is stale. -->\n\n");
        b.append("Every finding names one of these rules. Codes are stable: match on them, never on messages. ")
                .append("Severities are the defaults; `rules.severity` in anvil-check.yaml changes them, and ")
                .append("`rules.ignore` silences a rule under some paths.\n");
        for (Map.Entry<String, String> owner : OWNERS.entrySet()) {
            List<RuleId> mine = rules.stream().filter(r -> r.code().startsWith(owner.getKey())).toList();
            if (mine.isEmpty()) {
                continue;
            }
            b.append("\n## ").append(owner.getKey()).append(": ").append(owner.getValue()).append("\n\n");
            b.append("| code | name | default | what it finds |\n|---|---|---|---|\n");
            for (RuleId r : mine) {
                b.append("| ").append(r.code()).append(" | ").append(r.title()).append(" | ")
                        .append(r.defaultSeverity().jsonName()).append(" | ")
                        .append(r.description().replace("|", "\\|").replace("\n", " ")).append(" |\n");
            }
        }
        return b.toString();
    }

    static String renderText(List<RuleId> rules) {
        StringBuilder b = new StringBuilder();
        for (RuleId r : rules) {
            b.append(r.code()).append("  ").append(String.format("%-8s", r.defaultSeverity().jsonName()))
                    .append(r.title()).append("\n        ").append(r.description()).append("\n");
        }
        return b.toString();
    }
}
