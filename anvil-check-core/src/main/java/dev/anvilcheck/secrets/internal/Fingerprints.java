package dev.anvilcheck.secrets.internal;

import dev.anvilcheck.Details;
import dev.anvilcheck.RuleId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Fingerprints of findings: a salted SHA-256 over rule code, path and the secret (or, for findings about a key
 * rather than a value, the key name), in hex. The value cannot be recovered from it, and the fingerprint stays the
 * same when the line moves, so a baseline can store it. Stateless and thread-safe.
 */
public final class Fingerprints {

    /** The salt: fixed, so fingerprints are stable across runs and machines. */
    static final String SALT = "anvil-check/secret-fingerprint/v1";

    private Fingerprints() {
    }

    /**
     * The fingerprint of a rule at a path over some text.
     *
     * @param rule the rule
     * @param path the project-relative path
     * @param text the secret value or the key
     * @return 64 hex digits
     */
    public static String of(RuleId rule, String path, String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(SALT.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(rule.code().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(path.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(text.getBytes(StandardCharsets.UTF_8));
            byte[] d = md.digest();
            StringBuilder b = new StringBuilder(64);
            for (byte x : d) {
                b.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
            }
            return b.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * Details for a finding about a key (no value involved).
     *
     * @param rule the rule
     * @param path the path
     * @param key the key
     * @return the details
     */
    public static Details.Secret forKey(RuleId rule, String path, String key) {
        return new Details.Secret(key, of(rule, path, "key:" + key));
    }

    /**
     * Details for a finding about a value.
     *
     * @param rule the rule
     * @param path the path
     * @param key the key or a name for the kind of secret
     * @param value the secret value (hashed, never kept)
     * @return the details
     */
    public static Details.Secret forValue(RuleId rule, String path, String key, String value) {
        return new Details.Secret(key, of(rule, path, "value:" + value));
    }
}
