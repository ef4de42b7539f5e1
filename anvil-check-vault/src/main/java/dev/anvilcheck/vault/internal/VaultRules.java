package dev.anvilcheck.vault.internal;

import dev.anvilcheck.RuleCatalog;
import dev.anvilcheck.RuleId;
import dev.anvilcheck.vault.VaultRule;
import java.util.List;

/** The rules defined in anvil-check-vault, registered through META-INF/services. */
public final class VaultRules implements RuleCatalog {

    @Override
    public List<RuleId> rules() {
        return List.of(VaultRule.values());
    }
}
