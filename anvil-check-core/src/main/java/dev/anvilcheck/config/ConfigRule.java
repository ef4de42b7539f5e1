package dev.anvilcheck.config;

import dev.anvilcheck.RuleDescriptor;
import dev.anvilcheck.RuleId;
import dev.anvilcheck.Severity;

/**
 * Rules for the structure of {@code anvil.yaml} and {@code anvil-check.yaml} (prefix {@code AY}).
 *
 * <p>Thread-safe (an enum).
 */
public enum ConfigRule implements RuleId {
    /** The file is not valid YAML; the finding points at the first problem. */
    YAML_SYNTAX("AY001", "yaml-syntax", Severity.ERROR,
            "The file is not valid YAML. Fix the syntax at the reported line and column (tabs are not allowed "
                    + "for indentation)."),
    /** The same key appears twice in one mapping. */
    DUPLICATE_KEY("AY002", "duplicate-key", Severity.ERROR,
            "A mapping has the same key twice; YAML readers keep only one of them. Remove or merge the other."),
    /** The file is too large, too deep or expands too much through aliases. */
    YAML_LIMIT("AY003", "yaml-limit", Severity.ERROR,
            "The file exceeds a safety limit (size, nesting depth, alias expansion) and was not read."),
    /** The file is binary or not UTF-8. */
    YAML_NOT_TEXT("AY004", "yaml-not-text", Severity.ERROR,
            "The file is not UTF-8 text (binary content or invalid bytes). Save it as UTF-8."),
    /** The document is not a mapping at the top. */
    ROOT_NOT_MAPPING("AY005", "root-not-mapping", Severity.ERROR,
            "The top level of the file must be a mapping of keys to values."),
    /** A value has the wrong YAML type. */
    WRONG_TYPE("AY010", "wrong-type", Severity.ERROR,
            "A value has the wrong type (for example a list where a mapping is expected)."),
    /** A key that Anvil (or anvil-check) does not know. */
    UNKNOWN_KEY("AY011", "unknown-key", Severity.WARNING,
            "A key that is not part of the format; often a typo. Anvil adds keys over time, so this is a "
                    + "warning."),
    /** A required top-level section is missing. */
    MISSING_SECTION("AY012", "missing-section", Severity.WARNING,
            "A section the team requires (by default name, db_schema and secrets) is missing. The list is set "
                    + "by required_sections in anvil-check.yaml."),
    /** A value is of the right type but not one of the allowed values. */
    INVALID_VALUE("AY013", "invalid-value", Severity.ERROR,
            "A value is not one of those allowed here (a version, a pattern, an enumerated word)."),
    /** A required key inside an entry is missing. */
    MISSING_KEY("AY014", "missing-key", Severity.ERROR,
            "An entry lacks a key it needs (a column without name or type, a service without source)."),
    /** Unknown column type. */
    COLUMN_TYPE("AY020", "column-type", Severity.ERROR,
            "A column type that Data Tables does not have. Valid: string, number, bool, date, datetime, "
                    + "simpleObject, media, link_single, link_multiple (liveObject, liveObjectArray in the list "
                    + "form)."),
    /** A link column points at a table that does not exist. */
    LINK_TARGET("AY021", "link-target", Severity.ERROR,
            "A link column's target table is not in db_schema."),
    /** Two tables with the same name. */
    DUPLICATE_TABLE("AY022", "duplicate-table", Severity.ERROR,
            "Two tables share a python_name; app_tables can reach only one."),
    /** Two columns with the same name in a table. */
    DUPLICATE_COLUMN("AY023", "duplicate-column", Severity.ERROR,
            "Two columns of one table share a name."),
    /** A table or column name Python cannot use. */
    INVALID_NAME("AY024", "invalid-name", Severity.ERROR,
            "A table python_name must be a Python identifier, a column name must not be empty, and "
                    + "package_name must match [a-zA-Z0-9_]+."),
    /** A permission other than none, search, full. */
    PERMISSION("AY025", "permission", Severity.ERROR,
            "A table's client or server permission must be none, search or full."),
    /** A service source Anvil does not ship. */
    SERVICE_SOURCE("AY026", "service-source", Severity.WARNING,
            "A service source that is not one of Anvil's built-in services; dependencies can add services, so "
                    + "this is a warning."),
    /** The startup form or module is not in client_code. */
    STARTUP_TARGET("AY027", "startup-target", Severity.ERROR,
            "The startup form or module (startup or startup_form) does not exist in client_code."),
    /** The users service's table is missing from db_schema. */
    USER_TABLE("AY028", "user-table", Severity.WARNING,
            "The Users service names a user_table that db_schema does not have."),
    /** The users table lacks a column the Users service uses. */
    USER_TABLE_COLUMN("AY029", "user-table-column", Severity.WARNING,
            "The users table lacks a column that the Users service reads or writes (email, enabled, "
                    + "signed_up, password_hash, confirmed_email, remembered_logins), or has it with another "
                    + "type."),
    /** The server runtime cannot be resolved to a Python version. */
    RUNTIME("AY030", "runtime", Severity.WARNING,
            "runtime_options names a server environment whose Python version is not known; compatibility "
                    + "checks fall back to the configured target."),
    /** An index names a column the table lacks or has an unknown type. */
    INDEX("AY031", "index", Severity.ERROR,
            "A table index names a column the table does not have, or an index type other than b_tree, "
                    + "trigram, full_text.");

    private final RuleDescriptor descriptor;

    ConfigRule(String code, String title, Severity severity, String description) {
        this.descriptor = new RuleDescriptor(code, title, severity, description);
    }

    @Override
    public RuleDescriptor descriptor() {
        return descriptor;
    }
}
