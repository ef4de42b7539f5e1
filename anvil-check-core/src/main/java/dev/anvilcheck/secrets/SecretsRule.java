package dev.anvilcheck.secrets;

import dev.anvilcheck.RuleDescriptor;
import dev.anvilcheck.RuleId;
import dev.anvilcheck.Severity;
import java.util.Optional;

/**
 * Rules of the secrets check (prefix {@code SE}): reading and linting {@code .env} files ({@code SE0xx},
 * {@code SE1xx}), comparing them and checking required variables ({@code SE2xx}), secrets declared against secrets
 * used ({@code SE3xx}), and hard-coded or plaintext secrets ({@code SE4xx}). No finding of these rules ever holds a
 * secret value; findings name the key and carry a fingerprint ({@link dev.anvilcheck.Details.Secret}).
 *
 * <p>Every severity can be changed in anvil-check.yaml ({@code rules: {severity: {SE112: warning}}}). The lint rules
 * can also be switched off and on inside a .env file with {@code # anvil-check:off SE112, UnorderedKey} and
 * {@code # anvil-check:on} comments ({@code # dotenv-linter:off} is understood too). Thread-safe (an enum).
 */
public enum SecretsRule implements RuleId {
    /** A statement of a .env file that python-dotenv cannot read. */
    DOTENV_PARSE_ERROR("SE001", "dotenv-parse-error", Severity.ERROR, null,
            "A statement of a .env file that python-dotenv cannot read (an unclosed quote, text after a closing "
                    + "quote, a line without a key). python-dotenv skips it with a warning, so its variable is "
                    + "not set. Fix the line; reading goes on after it."),
    /** A .env file that is not UTF-8. */
    DOTENV_ENCODING("SE002", "dotenv-encoding", Severity.ERROR, null,
            "A .env file that is not valid UTF-8; python-dotenv fails to read it at all. Save it as UTF-8."),

    /** dotenv-linter DuplicatedKey. */
    DUPLICATED_KEY("SE101", "duplicated-key", Severity.WARNING, "DuplicatedKey",
            "A key is set a second time in one file; the later value wins, which is rarely meant. Remove one."),
    /** dotenv-linter EndingBlankLine. */
    ENDING_BLANK_LINE("SE102", "ending-blank-line", Severity.INFO, "EndingBlankLine",
            "The file does not end with a newline; tools that append to it join two lines. Add a final newline."),
    /** dotenv-linter ExtraBlankLine. */
    EXTRA_BLANK_LINE("SE103", "extra-blank-line", Severity.INFO, "ExtraBlankLine",
            "Two blank lines in a row. Remove one."),
    /** dotenv-linter IncorrectDelimiter. */
    INCORRECT_DELIMITER("SE104", "incorrect-delimiter", Severity.WARNING, "IncorrectDelimiter",
            "A key holds a character other than letters, digits and '_' (such as '-' or '.'); python-dotenv "
                    + "accepts it but shells and os.environ users cannot use it. Use '_' instead."),
    /** dotenv-linter KeyWithoutValue. */
    KEY_WITHOUT_VALUE("SE105", "key-without-value", Severity.WARNING, "KeyWithoutValue",
            "A line names a key without '='; python-dotenv gives it no value and load_dotenv() ignores it. Write "
                    + "KEY= for an empty value."),
    /** dotenv-linter LeadingCharacter. */
    LEADING_CHARACTER("SE106", "leading-character", Severity.WARNING, "LeadingCharacter",
            "A line starts with something other than a letter or '_' (a digit, a space, '-', '*', or a byte "
                    + "order mark, which python-dotenv makes part of the first key). Start keys with a letter or "
                    + "'_' and save the file without BOM."),
    /** dotenv-linter LowercaseKey. */
    LOWERCASE_KEY("SE107", "lowercase-key", Severity.WARNING, "LowercaseKey",
            "A key has lower-case letters; environment variable names are upper case by convention. Rename it."),
    /** dotenv-linter QuoteCharacter. */
    QUOTE_CHARACTER("SE108", "quote-character", Severity.INFO, "QuoteCharacter",
            "A value is quoted although it needs no quotes (no whitespace, '$', '#', '&', '=' or escapes); "
                    + "other dotenv readers may keep the quotes. Remove them."),
    /** dotenv-linter SpaceCharacter. */
    SPACE_CHARACTER("SE109", "space-character", Severity.WARNING, "SpaceCharacter",
            "Whitespace around '='; python-dotenv accepts it but shells and docker --env-file do not. "
                    + "Write KEY=value."),
    /** dotenv-linter SubstitutionKey. */
    SUBSTITUTION_KEY("SE110", "substitution-key", Severity.WARNING, "SubstitutionKey",
            "A '${' substitution in an unquoted or double-quoted value is malformed (no closing '}' or a name "
                    + "with other characters than letters, digits and '_'); python-dotenv leaves it as text."),
    /** dotenv-linter TrailingWhitespace. */
    TRAILING_WHITESPACE("SE111", "trailing-whitespace", Severity.INFO, "TrailingWhitespace",
            "A line ends with whitespace. Remove it."),
    /** dotenv-linter UnorderedKey. */
    UNORDERED_KEY("SE112", "unordered-key", Severity.INFO, "UnorderedKey",
            "Keys are not in alphabetical order within a group (a group ends at a blank line, a control comment, "
                    + "or a line that substitutes a key of the group). The message names the key it should "
                    + "precede."),
    /** dotenv-linter ValueWithoutQuotes. */
    VALUE_WITHOUT_QUOTES("SE113", "value-without-quotes", Severity.WARNING, "ValueWithoutQuotes",
            "A value holds whitespace but is not quoted; python-dotenv keeps it, but shells split it. Quote it."),

    /** A key of .env.example is missing from .env. */
    MISSING_IN_ENV("SE201", "missing-in-env", Severity.WARNING, null,
            "A key that .env.example lists is missing from .env (checked only when .env exists). Add it to .env "
                    + "or remove it from .env.example."),
    /** A key of .env is missing from .env.example. */
    MISSING_IN_EXAMPLE("SE202", "missing-in-example", Severity.WARNING, null,
            "A key of .env is missing from .env.example, so other developers and CI do not learn that it is "
                    + "needed. Add it to .env.example with a placeholder value."),
    /** A required variable is not set. */
    REQUIRED_MISSING("SE203", "required-missing", Severity.ERROR, null,
            "A variable that anvil-check.yaml's required_env lists is set neither in .env nor in the process "
                    + "environment (.env.example never satisfies it)."),
    /** A required variable is empty. */
    REQUIRED_EMPTY("SE204", "required-empty", Severity.ERROR, null,
            "A required variable is set but empty (or, in .env, has no '=')."),
    /** A required variable's value has the wrong type. */
    REQUIRED_TYPE("SE205", "required-type", Severity.ERROR, null,
            "A required (or optional but set) variable's value does not have the type required_env gives it "
                    + "(integer, float, boolean, url, email, or a string matching a pattern). The message never "
                    + "shows the value."),
    /** A required variable is not documented in .env.example. */
    REQUIRED_UNDOCUMENTED("SE206", "required-undocumented", Severity.INFO, null,
            "A variable of required_env is not listed in .env.example (checked when .env.example exists)."),

    /** Code reads an App Secret that anvil.yaml does not declare. */
    SECRET_UNDECLARED("SE301", "secret-undeclared", Severity.ERROR, null,
            "Server code reads an App Secret (anvil.secrets.get_secret, encrypt_with_key, decrypt_with_key) that "
                    + "anvil.yaml's secrets: does not declare; the call fails with 'No such secret'."),
    /** Code uses an App Secret as the other type. */
    SECRET_WRONG_TYPE("SE302", "secret-wrong-type", Severity.ERROR, null,
            "get_secret names an encryption key, or encrypt_with_key/decrypt_with_key names a secret; the "
                    + "declared type must match the call."),
    /** Client code uses App Secrets. */
    SECRET_FROM_CLIENT("SE303", "secret-from-client", Severity.ERROR, null,
            "Client code imports or calls anvil.secrets; secrets exist only on the server and the call fails. "
                    + "Move it into a server function."),
    /** A declared App Secret is used nowhere. */
    SECRET_UNUSED("SE304", "secret-unused", Severity.INFO, null,
            "anvil.yaml declares an App Secret that no server code uses (uses with a computed name cannot be "
                    + "seen)."),
    /** Code reads an environment variable that is documented nowhere. */
    ENV_UNDOCUMENTED("SE305", "env-undocumented", Severity.WARNING, null,
            "Code reads an environment variable (os.environ[...], os.environ.get, os.getenv) that neither "
                    + ".env.example nor required_env lists, so a deploy may miss it."),

    /** AWS access key id. */
    AWS_ACCESS_KEY("SE401", "aws-access-key", Severity.ERROR, null,
            "An AWS access key id (AKIA, ASIA, ABIA, ACCA or A3T prefix). Revoke it and read it from the "
                    + "environment or App Secrets."),
    /** GitHub token. */
    GITHUB_TOKEN("SE402", "github-token", Severity.ERROR, null,
            "A GitHub token (ghp_, gho_, ghu_, ghs_, ghr_ or github_pat_). Revoke it."),
    /** GitLab token. */
    GITLAB_TOKEN("SE403", "gitlab-token", Severity.ERROR, null,
            "A GitLab token (glpat-, gldt-, glrt-, glptt-, glcbt-, gloas-, glsoat-, glft-, glimt-, glagent-). "
                    + "Revoke it."),
    /** Slack token. */
    SLACK_TOKEN("SE404", "slack-token", Severity.ERROR, null,
            "A Slack token (xoxb-, xoxp-, xoxa-, xoxo-, xoxr-, xoxs-, xoxe-, xapp-). Revoke it."),
    /** Slack webhook URL. */
    SLACK_WEBHOOK("SE405", "slack-webhook", Severity.ERROR, null,
            "A Slack incoming webhook URL (hooks.slack.com/services|workflows|triggers/...): anyone with it can "
                    + "post to the channel. Rotate it."),
    /** Stripe live key. */
    STRIPE_LIVE_KEY("SE406", "stripe-live-key", Severity.ERROR, null,
            "A Stripe live-mode secret or restricted key (an sk_ or rk_ key for live mode). Roll it in the Stripe "
                    + "dashboard."),
    /** Google API key. */
    GOOGLE_API_KEY("SE407", "google-api-key", Severity.ERROR, null,
            "A Google API key (AIza...). Restrict or rotate it."),
    /** OpenAI key. */
    OPENAI_API_KEY("SE408", "openai-api-key", Severity.ERROR, null,
            "An OpenAI API key (sk-proj-, sk-svcacct-, sk-admin- or a legacy sk- key with the T3BlbkFJ marker). "
                    + "Revoke it."),
    /** Anthropic key. */
    ANTHROPIC_API_KEY("SE409", "anthropic-api-key", Severity.ERROR, null,
            "An Anthropic API key (sk-ant-api03-, sk-ant-admin01-). Revoke it."),
    /** Twilio key. */
    TWILIO_API_KEY("SE410", "twilio-api-key", Severity.ERROR, null,
            "A Twilio API key (SK + 32 hex) or auth token next to a Twilio account. Revoke it."),
    /** SendGrid key. */
    SENDGRID_API_KEY("SE411", "sendgrid-api-key", Severity.ERROR, null,
            "A SendGrid API key (SG.<22>.<43>). Revoke it."),
    /** PEM private key. */
    PRIVATE_KEY("SE412", "private-key", Severity.ERROR, null,
            "A PEM private key block (RSA, EC, DSA, OPENSSH, PGP, PKCS#8, encrypted). Move it out of the "
                    + "repository and rotate it."),
    /** JSON Web Token. */
    JWT("SE413", "jwt", Severity.WARNING, null,
            "A JSON Web Token (eyJ...eyJ...signature). It may grant access until it expires."),
    /** Anvil Uplink key. */
    ANVIL_UPLINK_KEY("SE414", "anvil-uplink-key", Severity.ERROR, null,
            "An Anvil Uplink key (server_... or client_... as passed to anvil.server.connect). Anyone with a server "
                    + "key can run code as the app. Reset it in the Uplink dialog and read it from the "
                    + "environment."),
    /** Password in a URL. */
    PASSWORD_IN_URL("SE415", "password-in-url", Severity.ERROR, null,
            "A URL with a password in it (scheme://user:password@host), such as a database URL. Read the URL "
                    + "from the environment."),
    /** Generic secret-looking assignment. */
    GENERIC_SECRET("SE416", "generic-secret", Severity.WARNING, null,
            "A secret-looking name (password, secret, token, api_key, ...) assigned a literal that looks random "
                    + "(entropy above the threshold) and is not a placeholder. Read it from the environment or "
                    + "App Secrets."),
    /** Plaintext credential in anvil.yaml service configuration. */
    PLAINTEXT_SERVICE_CREDENTIAL("SE420", "plaintext-service-credential", Severity.ERROR, null,
            "anvil.yaml service configuration holds a credential in plaintext (smtp_password, client_secret, "
                    + "app_secret, application_secret, delegation_refresh_token, ...) instead of its encrypted "
                    + "*_enc form. Set it again in the Anvil editor so it is stored encrypted."),
    /** The baseline file cannot be read. */
    BASELINE_UNREADABLE("SE430", "baseline-unreadable", Severity.WARNING, null,
            "The baseline file .anvil-check-baseline.json is not valid; no finding was quieted by it."),
    /** A file that should be scanned cannot be read. */
    FILE_UNREADABLE("SE431", "file-unreadable", Severity.WARNING, null,
            "A file that the secrets check reads (.env, .env.example, a source or config file) cannot be read, "
                    + "or is too large; it was skipped."),
    /** The configured secret store failed unexpectedly. */
    STORE_FAILED("SE501", "secret-store-failed", Severity.ERROR, null,
            "The secret store (such as Vault) failed with an unexpected error, so the presence of the secrets "
                    + "it holds is unknown. The message names only the error's type.");

    private final RuleDescriptor descriptor;
    private final String linterName;

    SecretsRule(String code, String title, Severity severity, String linterName, String description) {
        this.descriptor = new RuleDescriptor(code, title, severity, description);
        this.linterName = linterName;
    }

    @Override
    public RuleDescriptor descriptor() {
        return descriptor;
    }

    /**
     * The dotenv-linter check this lint rule mirrors ({@code UnorderedKey}), for control comments.
     *
     * @return the check's name, empty for rules that are not lint rules
     */
    public Optional<String> linterName() {
        return Optional.ofNullable(linterName);
    }

    /**
     * Whether this is one of the hard-coded secret rules that a baseline can quiet.
     *
     * @return true for {@code SE401}-{@code SE420}
     */
    public boolean isLeak() {
        return code().compareTo("SE401") >= 0 && code().compareTo("SE420") <= 0;
    }
}
