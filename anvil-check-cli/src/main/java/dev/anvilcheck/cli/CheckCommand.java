package dev.anvilcheck.cli;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckRun;
import dev.anvilcheck.Finding;
import dev.anvilcheck.config.CheckConfig;
import dev.anvilcheck.db.AnvilDatabase;
import dev.anvilcheck.db.DbRule;
import dev.anvilcheck.db.DriftResult;
import dev.anvilcheck.report.Report;
import dev.anvilcheck.report.SlackNotifier;
import dev.anvilcheck.vault.VaultRule;
import dev.anvilcheck.vault.VaultSecretStore;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

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
    static Supplier<Map<String, String>> environment = System::getenv;

    @Override
    boolean needsAnvilYaml() {
        return false;
    }

    @Override
    CheckRun run(AnvilProject project) {
        CheckRun run = common.env != null ? withEnvironment(project, common.env) : project.checkAll();
        if (notify) {
            notifySlack(project, Report.of(path.toString(), run.results()));
        }
        return run;
    }

    /**
     * With --env: every offline check, the secrets check asking that environment's Vault (where anvil-check.yaml
     * names one), and that environment's database drift (where it names one).
     */
    private CheckRun withEnvironment(AnvilProject project, String env) {
        CheckConfig.Environment e = project.checkConfig().environments().get(env);
        if (e == null) {
            throw new ParameterException(spec.commandLine(), "anvil-check.yaml has no environment '" + env
                    + "' (environments: " + project.checkConfig().environments().keySet() + ")");
        }
        Map<String, String> vars = environment.get();
        CheckRun run;
        if (e.vault().isEmpty()) {
            run = project.checkAll();
        } else {
            VaultSecretStore store = null;
            String notConfigured = null;
            try {
                store = VaultSecretStore.fromEnvironment(vars);
            } catch (IllegalArgumentException ex) {
                notConfigured = ex.getMessage();
            }
            if (store != null) {
                progress("checking " + store.describe() + " for environment " + env);
                run = project.checkAll(store, env);
            } else {
                // not a reason to skip the database below: report VA006 and go on
                String why = notConfigured;
                run = project.checkAll().then(p -> () -> p.applyRuleSettings(List.of(Finding.of(
                        VaultRule.NOT_CONFIGURED, null, "Vault is not configured for environment " + env + ": " + why))));
            }
        }
        if (e.database().isPresent()) {
            CheckConfig.DatabaseTarget target = e.database().get();
            progress("checking the database of environment " + env + " for drift");
            try (AnvilDatabase db = AnvilDatabase.configure().project(project).environment(env)
                    .environmentVariables(vars::get).load()) {
                DriftResult drift = db.drift();
                run = run.then(p -> drift);
            } catch (RuntimeException ex) {
                String why = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
                run = run.then(p -> () -> p.applyRuleSettings(List.of(Finding.of(DbRule.CONNECTION, null,
                        "the database of environment " + env + " (" + target.urlEnv() + ") cannot be checked: "
                                + why))));
            }
        }
        return run;
    }

    @Override
    int exitCode(Report report) {
        for (Finding f : report.findings()) {
            if (f.rule() == VaultRule.UNREACHABLE || f.rule() == VaultRule.NOT_CONFIGURED
                    || f.rule() == DbRule.CONNECTION) {
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
