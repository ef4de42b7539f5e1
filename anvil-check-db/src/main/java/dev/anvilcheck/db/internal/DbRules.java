package dev.anvilcheck.db.internal;

import dev.anvilcheck.RuleCatalog;
import dev.anvilcheck.RuleId;
import dev.anvilcheck.db.DbRule;
import java.util.List;

/** The rules defined in anvil-check-db. */
public final class DbRules implements RuleCatalog {

    @Override
    public List<RuleId> rules() {
        return List.of(DbRule.values());
    }
}
