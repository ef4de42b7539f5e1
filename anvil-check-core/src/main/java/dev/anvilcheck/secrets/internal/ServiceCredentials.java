package dev.anvilcheck.secrets.internal;

import dev.anvilcheck.internal.yaml.YNode;
import dev.anvilcheck.secrets.SecretsRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds plaintext credentials in anvil.yaml service configuration ({@code services[].server_config}) by walking the
 * YAML tree, so each finding points at the key's exact line and column. Keys ending in {@code _enc} (or starting
 * with {@code enc_}) are the encrypted forms Anvil writes and are fine. Stateless and thread-safe.
 */
public final class ServiceCredentials {

    /** Keys that hold a credential when they are not encrypted. */
    static final Set<String> CREDENTIAL_KEYS = Set.of("smtp_password", "client_secret", "app_secret",
            "application_secret", "delegation_refresh_token", "refresh_token", "password", "secret", "api_key",
            "secret_key", "private_key", "access_token", "auth_token", "token", "api_secret");

    private ServiceCredentials() {
    }

    /**
     * Walks anvil.yaml's services.
     *
     * @param root the document
     * @return one hit per plaintext credential
     */
    public static List<SecretScanner.Hit> find(YNode root) {
        List<SecretScanner.Hit> out = new ArrayList<>();
        if (!(root instanceof YNode.YMap)) {
            return out;
        }
        ((YNode.YMap) root).get("services").ifPresent(services -> {
            if (services instanceof YNode.YSeq) {
                for (YNode s : ((YNode.YSeq) services).items()) {
                    if (s instanceof YNode.YMap) {
                        ((YNode.YMap) s).get("server_config").ifPresent(c -> walk(c, out, 0));
                    }
                }
            }
        });
        return out;
    }

    private static void walk(YNode node, List<SecretScanner.Hit> out, int depth) {
        if (depth > 20 || !(node instanceof YNode.YMap)) {
            return;
        }
        for (Map.Entry<String, YNode.Entry> me : ((YNode.YMap) node).entries().entrySet()) {
            YNode.Entry e = me.getValue();
            String key = e.key().toLowerCase(Locale.ROOT);
            if (e.value() instanceof YNode.YScalar) {
                YNode.YScalar v = (YNode.YScalar) e.value();
                if (CREDENTIAL_KEYS.contains(key) && v.isString() && !v.text().isBlank()) {
                    out.add(new SecretScanner.Hit(SecretsRule.PLAINTEXT_SERVICE_CREDENTIAL, e.keyLine(),
                            e.keyColumn(), e.keyLine(), e.keyColumn() + e.key().codePointCount(0, e.key().length()),
                            e.key(), v.text()));
                }
            } else {
                walk(e.value(), out, depth + 1);
            }
        }
    }
}
