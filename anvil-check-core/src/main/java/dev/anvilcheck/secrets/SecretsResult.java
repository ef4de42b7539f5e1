package dev.anvilcheck.secrets;

import dev.anvilcheck.CheckResult;
import dev.anvilcheck.Finding;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of the secrets check ({@code validateSecrets()}): what was read (key names only, never values), how
 * .env and .env.example compare, which required variables are satisfied and from where, which App Secrets and
 * environment variables code declares and uses, how many hard-coded secrets were found, and the findings of the
 * {@code SE} rules (plus those of a secret store, when one was checked).
 *
 * <pre>{@code
 * SecretsResult r = AnvilProject.load(path).validateSecrets().result(SecretsResult.class).orElseThrow();
 * r.required().stream().filter(v -> v.source() == SecretsResult.Source.MISSING).forEach(System.out::println);
 * }</pre>
 *
 * <p>Immutable and thread-safe. Nothing in it holds a secret value.
 *
 * @param envFiles the .env files read, in path order
 * @param comparison .env against .env.example, when both exist
 * @param required the required variables of anvil-check.yaml, in file order
 * @param secrets App Secrets declared in anvil.yaml and used in code
 * @param envVarsUsed names of environment variables read in code, sorted
 * @param filesScanned how many files were scanned for hard-coded secrets
 * @param leaks how many hard-coded secrets were reported
 * @param baselined how many hard-coded secrets the baseline quieted
 * @param store what the secret store said, when one was checked
 * @param findings the findings, sorted
 */
public record SecretsResult(List<EnvFile> envFiles, Optional<Comparison> comparison, List<RequiredStatus> required,
                            List<SecretUse> secrets, List<String> envVarsUsed, int filesScanned, int leaks,
                            int baselined, Optional<SecretStoreResult> store, List<Finding> findings)
        implements CheckResult {

    /** Copies the lists and sorts the findings. */
    public SecretsResult {
        envFiles = List.copyOf(envFiles);
        Objects.requireNonNull(comparison, "comparison");
        required = List.copyOf(required);
        secrets = List.copyOf(secrets);
        envVarsUsed = List.copyOf(envVarsUsed);
        Objects.requireNonNull(store, "store");
        findings = findings.stream().sorted().toList();
    }

    /**
     * A .env-style file that was read.
     *
     * @param path the project-relative path
     * @param keys its keys in first-seen order
     * @param unreadableStatements how many statements python-dotenv cannot read
     */
    public record EnvFile(String path, List<String> keys, int unreadableStatements) {
        /** Copies the list. */
        public EnvFile {
            Objects.requireNonNull(path, "path");
            keys = List.copyOf(keys);
        }
    }

    /**
     * The key sets of .env and .env.example compared both ways (values are never compared).
     *
     * @param missingInEnv keys of .env.example that .env lacks, sorted
     * @param missingInExample keys of .env that .env.example lacks, sorted
     */
    public record Comparison(List<String> missingInEnv, List<String> missingInExample) {
        /** Copies the lists. */
        public Comparison {
            missingInEnv = List.copyOf(missingInEnv);
            missingInExample = List.copyOf(missingInExample);
        }

        /**
         * Whether both files have the same keys.
         *
         * @return true when nothing is missing either way
         */
        public boolean same() {
            return missingInEnv.isEmpty() && missingInExample.isEmpty();
        }
    }

    /** Where a required variable's value came from. */
    public enum Source {
        /** From .env. */
        DOTENV,
        /** From the process environment. */
        ENVIRONMENT,
        /** Set nowhere. */
        MISSING
    }

    /**
     * A required variable's state.
     *
     * @param name the variable
     * @param type its required type, lower case ({@code url})
     * @param required whether it must be set
     * @param source where its value came from
     * @param valid whether it is set (when required), non-empty and of its type
     */
    public record RequiredStatus(String name, String type, boolean required, Source source, boolean valid) {
        /** Checks for nulls. */
        public RequiredStatus {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * An App Secret: declared in anvil.yaml, used in server code, or both.
     *
     * @param name the secret's name
     * @param declaredType {@code secret} or {@code key} when declared
     * @param uses how many places in code name it
     */
    public record SecretUse(String name, Optional<String> declaredType, int uses) {
        /** Checks for nulls. */
        public SecretUse {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(declaredType, "declaredType");
        }
    }
}
