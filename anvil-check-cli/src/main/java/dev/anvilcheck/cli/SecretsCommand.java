package dev.anvilcheck.cli;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckRun;
import dev.anvilcheck.config.CheckConfig;
import dev.anvilcheck.secrets.SecretsCheck;
import dev.anvilcheck.vault.VaultSecretStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code anvil-check secrets PATH}: .env files, required variables, secrets declared and used, hard-coded and
 * plaintext secrets; with {@code --env NAME} also that environment's Vault secrets when it has any. No secret value
 * is ever printed.
 */
@Command(name = "secrets", mixinStandardHelpOptions = true,
        description = {"Check .env files, required variables, App Secrets declared and used, and hard-coded secrets.",
                "With --env NAME, also the environment's secrets in Vault (VAULT_ADDR, VAULT_TOKEN, ...)."})
final class SecretsCommand extends ProjectCommand {

    /** The process environment; tests replace it. */
    static Supplier<Map<String, String>> environment = System::getenv;

    @Option(names = "--update-baseline", description = "Write .anvil-check-baseline.json beside anvil.yaml with the "
            + "fingerprints of every hard-coded secret found now, so later runs report only new ones.")
    boolean updateBaseline;

    @Override
    CheckRun run(AnvilProject project) {
        if (updateBaseline) {
            try {
                Path file = SecretsCheck.writeBaseline(project);
                progress("baseline written to " + file);
            } catch (IOException e) {
                err().println("anvil-check: cannot write the baseline (" + e.getClass().getSimpleName() + ")");
            }
        }
        Map<String, String> env = environment.get();
        SecretsCheck check = SecretsCheck.defaults().withEnvironment(env);
        if (common.env != null) {
            CheckConfig.Environment target = project.checkConfig().environments().get(common.env);
            if (target == null) {
                throw new ParameterException(spec.commandLine(), "--env " + common.env
                        + ": no such environment in anvil-check.yaml");
            }
            if (target.vault().isPresent()) {
                try {
                    VaultSecretStore store = VaultSecretStore.fromEnvironment(env);
                    progress("checking " + store.describe() + " for environment " + common.env);
                    check = check.withStore(store, common.env);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), e.getMessage());
                }
            }
        }
        return project.then(check);
    }
}
