package dev.anvilcheck.internal;

import dev.anvilcheck.RuleCatalog;
import dev.anvilcheck.RuleId;
import dev.anvilcheck.compat.PyRule;
import dev.anvilcheck.config.ConfigRule;
import java.util.ArrayList;
import java.util.List;

/** The rules defined in anvil-check-core. */
public final class CoreRules implements RuleCatalog {

    @Override
    public List<RuleId> rules() {
        List<RuleId> rules = new ArrayList<>(List.of(ConfigRule.values()));
        rules.addAll(List.of(PyRule.values()));
        rules.addAll(List.of(dev.anvilcheck.schema.SchemaRule.values()));
        rules.addAll(List.of(dev.anvilcheck.matrix.MatrixRule.values()));
        rules.addAll(List.of(dev.anvilcheck.secrets.SecretsRule.values()));
        rules.addAll(List.of(dev.anvilcheck.anvil.AnvilRule.values()));
        return List.copyOf(rules);
    }
}
