package dev.anvilcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.anvilcheck.CheckResult;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.config.ConfigRule;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Slack notifications against a local HTTP server standing in for the incoming webhook. */
class SlackNotifierTest {

    HttpServer server;
    final List<String> bodies = new CopyOnWriteArrayList<>();
    volatile int status = 200;
    volatile long delayMillis;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/services/T000/B000/CANARYWEBHOOKSECRET", ex -> {
            bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, ok.length);
            ex.getResponseBody().write(ok);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    URI webhook() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/services/T000/B000/CANARYWEBHOOKSECRET");
    }

    static Report report(int findings) {
        List<Finding> list = new ArrayList<>();
        for (int i = 1; i <= findings; i++) {
            list.add(Finding.of(ConfigRule.COLUMN_TYPE, Location.at("anvil.yaml", i, 3), "bad <type> & " + i));
        }
        CheckResult r = () -> list;
        return Report.of("apps/shop", List.of(r));
    }

    @Test
    void postsABlockKitSummaryWithTheTopFindings() throws Exception {
        SlackNotifier.Outcome o = SlackNotifier.create(Duration.ofSeconds(5)).post(webhook(), report(7),
                Optional.of(URI.create("https://ci.example/run/42")));
        assertThat(o.delivered()).isTrue();
        JsonNode msg = new ObjectMapper().readTree(bodies.get(0));
        assertThat(msg.get("text").asText()).contains("7 errors").contains("apps/shop");
        assertThat(msg.get("blocks").get(0).get("type").asText()).isEqualTo("header");
        String top = msg.get("blocks").get(2).get("text").get("text").asText();
        assertThat(top).contains("`AY020` `anvil.yaml:1:3` bad &lt;type&gt; &amp; 1").contains("and 2 more");
        assertThat(msg.get("blocks").get(3).toString()).contains("https://ci.example/run/42");
    }

    @Test
    void aCleanReportSaysPassed() throws Exception {
        JsonNode msg = new ObjectMapper().readTree(SlackNotifier.message(report(0), Optional.empty()));
        assertThat(msg.get("text").asText()).contains("passed");
        assertThat(msg.get("blocks")).hasSize(2);
    }

    @Test
    void errorsAndTimeoutsAreOutcomesWithoutTheWebhookUrl() {
        status = 403;
        SlackNotifier.Outcome refused = SlackNotifier.create(Duration.ofSeconds(5)).post(webhook(), report(1),
                Optional.empty());
        assertThat(refused.delivered()).isFalse();
        assertThat(refused.status()).isEqualTo(403);
        status = 200;
        delayMillis = 3000;
        SlackNotifier.Outcome slow = SlackNotifier.create(Duration.ofMillis(300)).post(webhook(), report(1),
                Optional.empty());
        assertThat(slow.delivered()).isFalse();
        assertThat(slow.detail()).contains("no answer");
        server.stop(0);
        SlackNotifier.Outcome down = SlackNotifier.create(Duration.ofSeconds(2)).post(webhook(), report(1),
                Optional.empty());
        assertThat(down.delivered()).isFalse();
        for (SlackNotifier.Outcome o : List.of(refused, slow, down)) {
            assertThat(o.toString()).doesNotContain("CANARYWEBHOOKSECRET");
        }
    }
}
