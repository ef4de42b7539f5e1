package dev.anvilcheck.cli;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckRun;
import dev.anvilcheck.Finding;
import dev.anvilcheck.report.Report;
import dev.anvilcheck.vault.VaultRule;
import dev.anvilcheck.vault.VaultSecretStore;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/**
 * {@code anvil-check vault PATH --env NAME}: proves the environment's secrets are present in HashiCorp Vault
 * without reading values. Vault is configured as the Vault CLI is, from {@code VAULT_ADDR}, {@code VAULT_TOKEN}
 * (or {@code VAULT_TOKEN_FILE}), {@code VAULT_NAMESPACE} and {@code VAULT_CACERT}. Exit code 2 when Vault cannot be
 * reached at all or is not configured (the report is still written, with that as an error finding).
 */
@Command(name = "vault", mixinStandardHelpOptions = true,
        description = {"Check that the environment's secrets are present in HashiCorp Vault, without reading values.",
                "Reads VAULT_ADDR, VAULT_TOKEN (or VAULT_TOKEN_FILE), VAULT_NAMESPACE and VAULT_CACERT."})
final class VaultCommand extends ProjectCommand {

    /** Where VAULT_* come from; tests replace it. */
    static Supplier<Map<String, String>> environment = System::getenv;

    @Override
    CheckRun run(AnvilProject project) {
        if (common.env == null) {
            throw new ParameterException(spec.commandLine(),
                    "vault needs --env NAME (an environment of anvil-check.yaml)");
        }
        VaultSecretStore store;
        try {
            store = VaultSecretStore.fromEnvironment(environment.get());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        progress("checking " + store.describe() + " for environment " + common.env);
        String env = common.env;
        return project.then(p -> store.check(p, env));
    }

    @Override
    int exitCode(Report report) {
        for (Finding f : report.findings()) {
            if (f.rule() == VaultRule.UNREACHABLE || f.rule() == VaultRule.NOT_CONFIGURED) {
                return ExitCodes.USAGE;
            }
        }
        return super.exitCode(report);
    }
}
