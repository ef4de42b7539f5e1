package dev.anvilcheck.cli;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckRun;
import dev.anvilcheck.report.Report;
import dev.anvilcheck.report.SlackNotifier;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.anvilcheck.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code anvil-check check PATH}: every offline check. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Run every offline check: configuration, Python, Anvil, secrets, schema.")
final class CheckCommand extends ProjectCommand {

    @Option(names = "--notify", description = "Post a summary to the Slack webhook named by "
            + "notifications.slack.webhook_env in anvil-check.yaml (skipped when that variable is unset).")
    boolean notify;

    @Option(names = "--link", paramLabel = "URL", description = "A link (such as the CI run) for the notification.")
    URI link;

    /** Where VAULT_* and database variables come from; tests replace it. */
    static java.util.function.Supplier<java.util.Map<String, String>> environment = System::getenv;

    @Override
    boolean needsAnvilYaml() {
        return false;
    }

    @Override
    CheckRun run(AnvilProject project) {
        CheckRun run;
        if (common.env != null) {
            run = withEnvironment(project,
                    project.validateConfig().checkCompatibility().checkAnvil().generateSchema(), common.env);
        } else {
            run = project.checkAll();
        }
        if (notify) {
            notifySlack(project, Report.of(path.toString(), run.results()));
        }
        return run;
    }

    /**
     * With --env: secrets with that environment's Vault (where anvil-check.yaml names one) and its database drift
     * (where it names one).
     */
    private CheckRun withEnvironment(AnvilProject project, CheckRun run, String env) {
        dev.anvilcheck.config.CheckConfig.Environment e = project.checkConfig().environments().get(env);
        if (e == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "anvil-check.yaml has no "
                    + "environment '" + env + "' (environments: " + project.checkConfig().environments().keySet() + ")");
        }
        Map<String, String> vars = environment.get();
        if (e.vault().isPresent()) {
            dev.anvilcheck.vault.VaultSecretStore store;
            try {
                store = dev.anvilcheck.vault.VaultSecretStore.fromEnvironment(vars);
            } catch (IllegalArgumentException ex) {
                // not a reason to skip the database below: report VA006 and go on
                store = null;
                run = run.validateSecrets().then(p -> () -> p.applyRuleSettings(List.of(Finding.of(
                        dev.anvilcheck.vault.VaultRule.NOT_CONFIGURED, null,
                        "Vault is not configured for environment " + env + ": " + ex.getMessage()))));
            }
            if (store != null) {
                progress("checking " + store.describe() + " for environment " + env);
                run = run.validateSecrets(store, env);
            }
        } else {
            run = run.validateSecrets();
        }
        if (e.database().isPresent()) {
            dev.anvilcheck.config.CheckConfig.DatabaseTarget target = e.database().get();
            progress("checking the database of environment " + env + " for drift");
            try (dev.anvilcheck.db.AnvilDatabase db = dev.anvilcheck.db.AnvilDatabase.configure().project(project)
                    .environment(env).environmentVariables(vars::get).load()) {
                dev.anvilcheck.db.DriftResult drift = db.drift();
                run = run.then(p -> drift);
            } catch (RuntimeException ex) {
                String why = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
                run = run.then(p -> () -> p.applyRuleSettings(List.of(Finding.of(dev.anvilcheck.db.DbRule.CONNECTION,
                        null, "the database of environment " + env + " (" + target.urlEnv() + ") cannot be checked: "
                                + why))));
            }
        }
        return run;
    }

    @Override
    int exitCode(Report report) {
        for (Finding f : report.findings()) {
            if (f.rule() == dev.anvilcheck.vault.VaultRule.UNREACHABLE
                    || f.rule() == dev.anvilcheck.vault.VaultRule.NOT_CONFIGURED
                    || f.rule() == dev.anvilcheck.db.DbRule.CONNECTION) {
                return ExitCodes.USAGE;
            }
        }
        return super.exitCode(report);
    }

    private void notifySlack(AnvilProject project, Report report) {
        Optional<String> env = project.checkConfig().slackWebhookEnv();
        Optional<String> url = env.map(System::getenv).filter(s -> !s.isBlank());
        if (url.isEmpty()) {
            progress("notification skipped: " + env.map(e -> e + " is not set")
                    .orElse("notifications.slack.webhook_env is not configured"));
            return;
        }
        URI webhook;
        try {
            webhook = URI.create(url.get().trim());
        } catch (IllegalArgumentException e) {
            progress("notification skipped: " + env.get() + " does not hold a URL");
            return;
        }
        SlackNotifier.Outcome o = SlackNotifier.create(Duration.ofSeconds(10)).post(webhook, report,
                Optional.ofNullable(link));
        progress("Slack notification: " + o.detail());
    }
}
