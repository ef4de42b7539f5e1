package dev.anvilcheck.cli;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckRun;
import dev.anvilcheck.report.Report;
import dev.anvilcheck.report.SlackNotifier;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
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

    @Override
    CheckRun run(AnvilProject project) {
        CheckRun run = project.validateConfig().generateSchema();
        if (notify) {
            notifySlack(project, Report.of(path.toString(), run.results()));
        }
        return run;
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
