package dev.anvilcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anvilcheck.RuleCatalog;
import dev.anvilcheck.RuleId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated from the rule enums; this fails when it is stale. */
class RulesDocTest {

    @Test
    void rulesReferenceIsUpToDate() throws IOException {
        Golden.assertMatches(Path.of("../docs/rules.md"), RulesDoc.render(RuleCatalog.all()));
    }

    @Test
    void everyRuleCodeIsUniqueAndOwnedByAKnownPrefix() {
        List<RuleId> rules = RuleCatalog.all();
        assertThat(rules).isNotEmpty();
        assertThat(rules.stream().map(RuleId::code).collect(Collectors.toSet())).hasSize(rules.size());
        assertThat(rules).allSatisfy(r -> assertThat(RulesDoc.OWNERS).containsKey(r.code().substring(0, 2)));
    }

    @Test
    void rulesCommandPrintsEveryRule() {
        CliRun r = CliRun.of("rules");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("AY001").contains("yaml-syntax");
        assertThat(CliRun.of("rules", "--format", "markdown").out()).startsWith("# Rules reference");
    }
}
