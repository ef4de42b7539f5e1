package dev.anvilcheck.vault;

import dev.anvilcheck.RuleDescriptor;
import dev.anvilcheck.RuleId;
import dev.anvilcheck.Severity;

/**
 * Rules for HashiCorp Vault checks (prefix {@code VA}). Severities can be changed in anvil-check.yaml
 * ({@code rules: {severity: {VA034: error}}}).
 *
 * <p>Thread-safe (an enum).
 */
public enum VaultRule implements RuleId {
    /** Vault could not be reached at all. */
    UNREACHABLE("VA001", "vault-unreachable", Severity.ERROR,
            "Vault did not answer (connection refused or dropped, TLS failure, timeout). Check VAULT_ADDR, the "
                    + "network and the CA certificate."),
    /** {@code sys/health} says the server is sealed. */
    SEALED("VA002", "vault-sealed", Severity.ERROR,
            "The Vault server is sealed (sys/health 503): no secret can be read until it is unsealed."),
    /** {@code sys/health} says the server is not initialised. */
    UNINITIALIZED("VA003", "vault-uninitialized", Severity.ERROR,
            "The Vault server is not initialised (sys/health 501)."),
    /** The node is a standby or performance standby. */
    STANDBY("VA004", "vault-standby", Severity.INFO,
            "The node answered as a standby (sys/health 429) or performance standby (473); reads are forwarded "
                    + "or served locally, so checks still run."),
    /** Any other unhealthy status: DR secondary, standby cut off from the active node, removed node. */
    UNHEALTHY("VA005", "vault-unhealthy", Severity.ERROR,
            "The node cannot serve the app's reads (DR secondary 472, standby without an active node 474, node "
                    + "removed from the cluster 530, or an unexpected sys/health status). Point VAULT_ADDR at an "
                    + "active node."),
    /** Vault or the configuration is unusable before any request: no address, no token. */
    NOT_CONFIGURED("VA006", "vault-not-configured", Severity.ERROR,
            "The Vault check has no address or no token (VAULT_ADDR, VAULT_TOKEN or VAULT_TOKEN_FILE), or "
                    + "the CA file cannot be read."),
    /** The token was rejected by {@code auth/token/lookup-self}. */
    TOKEN_INVALID("VA010", "token-invalid", Severity.ERROR,
            "Vault rejected the token (expired, revoked, or from another namespace)."),
    /** The token expires before the configured minimum TTL. */
    TOKEN_TTL_LOW("VA011", "token-ttl-low", Severity.WARNING,
            "The token expires sooner than vault.min_token_ttl in anvil-check.yaml: a deploy that outlasts it "
                    + "fails mid-way. Renew the token or issue one with a longer TTL."),
    /** The token cannot be renewed. */
    TOKEN_NOT_RENEWABLE("VA012", "token-not-renewable", Severity.INFO,
            "The token has a finite TTL and cannot be renewed: it expires at the end of its TTL whatever the "
                    + "deploy does."),
    /** The token lookup failed in another way. */
    TOKEN_LOOKUP_FAILED("VA013", "token-lookup-failed", Severity.WARNING,
            "auth/token/lookup-self did not answer usefully, so the token's TTL is not known. The token needs "
                    + "the default policy (which grants lookup-self)."),
    /** No KV mount at the configured mount. */
    MOUNT_NOT_FOUND("VA020", "mount-not-found", Severity.ERROR,
            "No KV secrets engine is mounted at the configured mount (or it is another engine type). Check "
                    + "environments.<env>.vault.mount."),
    /** The KV version could not be detected. */
    KV_VERSION_UNKNOWN("VA021", "kv-version-unknown", Severity.ERROR,
            "The mount's KV version could not be detected (sys/internal/ui/mounts and sys/mounts were denied or "
                    + "unavailable). Set kv_version: 1 or 2 in anvil-check.yaml."),
    /** The configured mount differs from the mount Vault reports for the path. */
    MOUNT_MISMATCH("VA022", "mount-mismatch", Severity.WARNING,
            "Vault's mount for the secret differs from the configured mount (for example kv/team versus kv); "
                    + "the check used Vault's. Fix mount and path in anvil-check.yaml."),
    /** A required secret or key does not exist. */
    SECRET_MISSING("VA030", "secret-missing", Severity.ERROR,
            "A secret the app needs does not exist in Vault at the environment's path (or a key is missing "
                    + "from it). Write it before deploying."),
    /** The token may not look at a required secret. */
    SECRET_FORBIDDEN("VA031", "secret-forbidden", Severity.ERROR,
            "The token has no capability on the secret's path, so its presence cannot be proved. Grant read on "
                    + "<mount>/metadata/<path> and <mount>/subkeys/<path> (KV v2) or list on the parent (KV v1)."),
    /** The latest version is soft-deleted. */
    SECRET_DELETED("VA032", "secret-deleted", Severity.ERROR,
            "The secret's latest version is soft-deleted: reads return 404 and Vault does not fall back to an "
                    + "older version. Undelete it or write a new version."),
    /** The latest version is destroyed. */
    SECRET_DESTROYED("VA033", "secret-destroyed", Severity.ERROR,
            "The secret's latest version is destroyed: reads return 404. Write a new version."),
    /** Key names cannot be had without reading values. */
    SECRET_UNKNOWN("VA034", "secret-unknown", Severity.WARNING,
            "The secret exists but its key names cannot be had without reading its values (KV v1, or no read "
                    + "on subkeys/). Grant read on subkeys/, or set vault.allow_read: true to allow a read whose "
                    + "values are dropped at once."),
    /** Vault answered a presence check with an error. */
    SECRET_ERROR("VA035", "secret-error", Severity.ERROR,
            "Vault answered the presence check with an unexpected status or failed mid-way (after retries)."),
    /** The token cannot read the secret's data, as the app will. */
    NO_READ_CAPABILITY("VA036", "no-read-capability", Severity.WARNING,
            "sys/capabilities-self says the token cannot read the secret's data path; the deploy will fail if "
                    + "it uses this token to read it."),
    /** The environment is unknown or has no Vault section. */
    ENVIRONMENT_NOT_CONFIGURED("VA040", "environment-not-configured", Severity.ERROR,
            "The environment is not in anvil-check.yaml, or has no vault: {mount, path} section.");

    private final RuleDescriptor descriptor;

    VaultRule(String code, String title, Severity severity, String description) {
        this.descriptor = new RuleDescriptor(code, title, severity, description);
    }

    @Override
    public RuleDescriptor descriptor() {
        return descriptor;
    }
}
