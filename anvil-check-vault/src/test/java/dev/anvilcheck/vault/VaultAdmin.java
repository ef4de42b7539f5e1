package dev.anvilcheck.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seeds and cleans a Vault through its HTTP API with an admin token: mounts, policies, tokens, secrets, deletes.
 * The same calls work against {@link VaultTestServer} and a real Vault dev server. Throws on any unexpected status
 * (test set-up must not fail silently).
 */
public final class VaultAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String address;
    private final String token;
    private final String namespace;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> mounts = new ArrayList<>();
    private final List<String> policies = new ArrayList<>();

    public VaultAdmin(String address, String token, String namespace) {
        this.address = address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
        this.token = token;
        this.namespace = namespace;
    }

    public void enableKv(String mount, int version) {
        ObjectNode b = JSON.createObjectNode().put("type", "kv");
        b.putObject("options").put("version", String.valueOf(version));
        call("POST", "sys/mounts/" + mount, b, 200, 204);
        mounts.add(mount);
    }

    public void enable(String mount, String type) {
        call("POST", "sys/mounts/" + mount, JSON.createObjectNode().put("type", type), 200, 204);
        mounts.add(mount);
    }

    public void policy(String name, String hcl) {
        call("PUT", "sys/policies/acl/" + name, JSON.createObjectNode().put("policy", hcl), 200, 204);
        policies.add(name);
    }

    public String token(List<String> policyNames, String ttl, boolean renewable) {
        ObjectNode b = JSON.createObjectNode().put("ttl", ttl).put("renewable", renewable);
        policyNames.forEach(b.putArray("policies")::add);
        return call("POST", "auth/token/create", b, 200).path("auth").path("client_token").asText();
    }

    public void putV2(String mount, String path, Map<String, ?> data) {
        ObjectNode b = JSON.createObjectNode();
        b.set("data", JSON.valueToTree(data));
        call("POST", mount + "/data/" + path, b, 200, 204);
    }

    public void putV1(String mount, String path, Map<String, ?> data) {
        call("POST", mount + "/" + path, JSON.valueToTree(data), 200, 204);
    }

    /** Soft-deletes the latest version (KV v2). */
    public void deleteLatest(String mount, String path) {
        call("DELETE", mount + "/data/" + path, null, 204, 200);
    }

    public void destroy(String mount, String path, int version) {
        ObjectNode b = JSON.createObjectNode();
        b.putArray("versions").add(version);
        call("PUT", mount + "/destroy/" + path, b, 204, 200);
    }

    /** Disables every mount and deletes every policy this admin created. */
    public void cleanUp() {
        for (String m : mounts) {
            call("DELETE", "sys/mounts/" + m, null, 204, 200, 404);
        }
        for (String p : policies) {
            call("DELETE", "sys/policies/acl/" + p, null, 204, 200, 404);
        }
        mounts.clear();
        policies.clear();
    }

    private JsonNode call(String method, String path, JsonNode body, int... ok) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(address + "/v1/" + path))
                .timeout(Duration.ofSeconds(10))
                .header("X-Vault-Token", token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (namespace != null) {
            b.header("X-Vault-Namespace", namespace);
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            for (int s : ok) {
                if (r.statusCode() == s) {
                    return r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
                }
            }
            throw new IllegalStateException(method + " " + path + " -> HTTP " + r.statusCode());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
