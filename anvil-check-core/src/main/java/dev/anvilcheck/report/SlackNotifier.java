package dev.anvilcheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anvilcheck.Severity;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Posts a report's summary to a Slack incoming webhook as a Block Kit message: status, counts, the top findings
 * with their places, and an optional link (a CI run). The message holds rule codes, places and messages only,
 * which never contain secret values; the webhook URL (itself a secret) never appears in a result or exception.
 *
 * <pre>{@code
 * SlackNotifier.Outcome o = SlackNotifier.create(Duration.ofSeconds(10))
 *         .post(URI.create(System.getenv("SLACK_WEBHOOK_URL")), report, Optional.of(ciRunUrl));
 * if (!o.delivered()) System.err.println("Slack: " + o.detail());
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class SlackNotifier {

    /** How many findings the message lists. */
    public static final int TOP_FINDINGS = 5;

    private final HttpClient client;
    private final Duration timeout;

    private SlackNotifier(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * A notifier whose connection and request each time out after {@code timeout}.
     *
     * @param timeout the time limit
     * @return the notifier
     */
    public static SlackNotifier create(Duration timeout) {
        return new SlackNotifier(Objects.requireNonNull(timeout, "timeout"));
    }

    /**
     * What happened to a post.
     *
     * @param delivered whether Slack answered 200
     * @param status the HTTP status, or 0 when there was no answer
     * @param detail a short explanation without the webhook URL
     */
    public record Outcome(boolean delivered, int status, String detail) {
    }

    /**
     * The Block Kit message for a report.
     *
     * @param report the report
     * @param link a link to show (a CI run), if any
     * @return the JSON text
     */
    public static String message(Report report, Optional<URI> link) {
        ObjectMapper m = new ObjectMapper();
        long errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = report.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = report.findings().size() - errors - warnings;
        String status = errors > 0 ? ":x: anvil-check failed" : warnings > 0 ? ":warning: anvil-check passed with warnings"
                : ":white_check_mark: anvil-check passed";
        ObjectNode root = m.createObjectNode();
        root.put("text", status + ": " + errors + " errors, " + warnings + " warnings in " + report.project());
        ArrayNode blocks = root.putArray("blocks");
        ObjectNode header = blocks.addObject();
        header.put("type", "header");
        header.putObject("text").put("type", "plain_text").put("text", status.replaceAll(":[a-z_]+: ", ""));
        ObjectNode summary = blocks.addObject();
        summary.put("type", "section");
        ArrayNode fields = summary.putArray("fields");
        fields.addObject().put("type", "mrkdwn").put("text", "*Project*\n" + escape(report.project()));
        fields.addObject().put("type", "mrkdwn").put("text", "*Errors*\n" + errors);
        fields.addObject().put("type", "mrkdwn").put("text", "*Warnings*\n" + warnings);
        fields.addObject().put("type", "mrkdwn").put("text", "*Infos*\n" + infos);
        if (!report.findings().isEmpty()) {
            StringBuilder top = new StringBuilder("*Top findings*");
            report.findings().stream().limit(TOP_FINDINGS).forEach(f -> top.append("\n• `").append(f.rule().code())
                    .append("` ").append(f.location().map(l -> "`" + escape(l.toString()) + "` ").orElse(""))
                    .append(escape(f.message())));
            if (report.findings().size() > TOP_FINDINGS) {
                top.append("\n…and ").append(report.findings().size() - TOP_FINDINGS).append(" more");
            }
            ObjectNode s = blocks.addObject();
            s.put("type", "section");
            s.putObject("text").put("type", "mrkdwn").put("text", truncate(top.toString(), 2900));
        }
        link.ifPresent(uri -> {
            ObjectNode ctx = blocks.addObject();
            ctx.put("type", "context");
            ctx.putArray("elements").addObject().put("type", "mrkdwn").put("text", "<" + uri + "|Details>");
        });
        return root.toString();
    }

    /**
     * Posts the report's message.
     *
     * @param webhook the incoming webhook URL (kept out of every outcome)
     * @param report the report
     * @param link a link to show, if any
     * @return what happened; never throws for network problems
     */
    public Outcome post(URI webhook, Report report, Optional<URI> link) {
        HttpRequest request = HttpRequest.newBuilder(webhook).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(message(report, link), StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            return status == 200 ? new Outcome(true, status, "delivered")
                    : new Outcome(false, status, "Slack answered HTTP " + status);
        } catch (java.net.http.HttpTimeoutException e) {
            return new Outcome(false, 0, "no answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            return new Outcome(false, 0, "could not reach Slack (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, 0, "interrupted");
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
