package dev.anvilcheck.config;

import dev.anvilcheck.CheckResult;
import dev.anvilcheck.Finding;
import java.util.List;
import java.util.Optional;

/**
 * The result of validating {@code anvil.yaml} and {@code anvil-check.yaml}: the typed models (as far as they are
 * valid) and the findings of the {@code AY} rules.
 *
 * <pre>{@code
 * ConfigResult r = AnvilProject.load(path).validateConfig().config();
 * r.anvilYaml().ifPresent(app -> System.out.println(app.tables().size() + " tables"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param anvilYaml the app's manifest, empty when it could not be read at all
 * @param checkConfig the team's settings (defaults when anvil-check.yaml is absent or unreadable)
 * @param findings the findings, sorted
 */
public record ConfigResult(Optional<AnvilYaml> anvilYaml, CheckConfig checkConfig, List<Finding> findings)
        implements CheckResult {

    /** Copies and sorts the findings. */
    public ConfigResult {
        findings = findings.stream().sorted().toList();
    }
}
