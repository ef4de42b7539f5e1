package dev.anvilcheck.anvil;

import dev.anvilcheck.RuleDescriptor;
import dev.anvilcheck.RuleId;
import dev.anvilcheck.Severity;

/**
 * Rules that cross-check an app's code against its {@code anvil.yaml} and its form templates, and its server
 * dependencies against the server's Python (prefix {@code AX}).
 *
 * <p>Thread-safe (an enum).
 */
public enum AnvilRule implements RuleId {
    /** A server call names no registered server function. */
    UNKNOWN_SERVER_FUNCTION("AX001", "unknown-server-function", Severity.ERROR,
            "anvil.server.call / call_s names a function that no @anvil.server.callable (or callable_as, "
                    + "register) in server code registers. Reported as a warning when the app has dependencies or "
                    + "is visible to Uplink code, because the function may be registered there."),
    /** A server call passes arguments that the function's signature cannot accept. */
    SERVER_CALL_ARGUMENTS("AX002", "server-call-arguments", Severity.ERROR,
            "A server call passes too many or too few positional arguments, or a keyword the function does "
                    + "not have. Only reported when both the call and the signature make it certain (no *args or "
                    + "**kwargs at the call, one registration of the name)."),
    /** A server function that no code calls. */
    UNUSED_SERVER_FUNCTION("AX003", "unused-server-function", Severity.INFO,
            "A registered server function that no Python file of the repository (client, server, tests, "
                    + "scripts) calls by its literal name. It may be called from Uplink code elsewhere, an HTTP "
                    + "client or with a computed name."),
    /** launch_background_task names no background task. */
    UNKNOWN_BACKGROUND_TASK("AX004", "unknown-background-task", Severity.ERROR,
            "anvil.server.launch_background_task names a task that no @anvil.server.background_task registers "
                    + "(a warning when the app has dependencies or Uplink)."),
    /** A scheduled task names no background task. */
    UNKNOWN_SCHEDULED_TASK("AX005", "unknown-scheduled-task", Severity.ERROR,
            "A scheduled_tasks entry's task_name is not the name of a background task in server code (a warning "
                    + "when the app has dependencies or Uplink)."),
    /** Client code launches a background task. */
    CLIENT_LAUNCHES_TASK("AX006", "client-launches-task", Severity.ERROR,
            "launch_background_task is server-only; client code must call a server function that launches "
                    + "the task."),
    /** A table name that db_schema does not declare. */
    UNKNOWN_TABLE("AX010", "unknown-table", Severity.ERROR,
            "app_tables.<name> or app_tables['name'] names a table that db_schema does not declare (a warning "
                    + "when the app has dependencies, whose tables are not known here)."),
    /** A column name that the table does not have. */
    UNKNOWN_COLUMN("AX011", "unknown-column", Severity.ERROR,
            "A keyword of add_row/search/get/get_or_create, or a row['column'] subscript on a row of a known "
                    + "table, names a column the table does not have."),
    /** Client code touches a table the client may not see. */
    CLIENT_TABLE_ACCESS("AX012", "client-table-access", Severity.ERROR,
            "Client code uses a table whose client permission is none; the browser gets a permission error."),
    /** Client code writes to a read-only table. */
    CLIENT_TABLE_WRITE("AX013", "client-table-write", Severity.ERROR,
            "Client code writes (add_row, delete_all_rows, row assignment, update, delete) to a table whose "
                    + "client permission is search (read-only)."),
    /** A module used without its service. */
    SERVICE_NOT_ENABLED("AX020", "service-not-enabled", Severity.ERROR,
            "Code imports an anvil service module (anvil.users, anvil.secrets, anvil.email, anvil.google, "
                    + "anvil.facebook, anvil.microsoft, anvil.saml, anvil.stripe, anvil.tables, anvil.files) while "
                    + "anvil.yaml does not enable that service."),
    /** A form without its template. */
    MISSING_FORM_TEMPLATE("AX030", "missing-form-template", Severity.ERROR,
            "A form's code (it imports ._anvil_designer) has no template beside it: form_template.yaml or "
                    + ".html for a package form, <Form>.yaml or .html for a module form or an older forms/ file; "
                    + "or the template there cannot be read (a FIFO, a device, a folder, a broken link)."),
    /** An event binding names a method the form class lacks. */
    UNKNOWN_EVENT_HANDLER("AX031", "unknown-event-handler", Severity.ERROR,
            "An event_bindings entry of a form template names a method that the form's class does not "
                    + "define; the event raises an AttributeError when it fires."),
    /** A form: component type names no form. */
    UNKNOWN_FORM_COMPONENT("AX032", "unknown-form-component", Severity.ERROR,
            "A component's type form:<Name> names no form of the app, or form:<dep_id>:<Name> names a "
                    + "dependency id that anvil.yaml does not declare."),
    /** open_form names no form. */
    UNKNOWN_OPEN_FORM("AX033", "unknown-open-form", Severity.ERROR,
            "open_form('Name') names no form in client_code (a warning when the app has dependencies)."),
    /** A data binding's code does not parse. */
    DATA_BINDING_SYNTAX("AX034", "data-binding-syntax", Severity.ERROR,
            "A data_bindings entry's code is not a valid Python expression; the form fails when it opens."),
    /** A requirements line pip cannot read. */
    REQUIREMENT_SYNTAX("AX040", "requirement-syntax", Severity.ERROR,
            "A requirements line that pip rejects: a malformed name, specifier, marker or option, or an "
                    + "-r include that does not exist; or a requirements file that cannot be read (not a regular "
                    + "file, too large, not UTF-8)."),
    /** A package required twice. */
    DUPLICATE_REQUIREMENT("AX041", "duplicate-requirement", Severity.WARNING,
            "The same package is listed twice (names compared as PyPI normalises them)."),
    /** Two requirements of one package that cannot both hold. */
    CONFLICTING_REQUIREMENT("AX042", "conflicting-requirement", Severity.ERROR,
            "Two requirements of one package pin different versions, or a pin does not satisfy another "
                    + "line's specifier; pip refuses to install."),
    /** A requirement without an exact pin. */
    UNPINNED_REQUIREMENT("AX043", "unpinned-requirement", Severity.WARNING,
            "A requirement without == (or ===); the server may install a different version on each build."),
    /** A requirement that cannot install on the server's Python. */
    REQUIREMENT_PYTHON("AX044", "requirement-python", Severity.ERROR,
            "A required release declares a Requires-Python that excludes the server's Python version, or "
                    + "publishes neither an sdist nor a wheel that the server's Python can install."),
    /** A third-party import that no requirement provides. */
    UNDECLARED_IMPORT("AX045", "undeclared-import", Severity.WARNING,
            "Server code imports a module that is neither in the standard library, nor anvil, nor the app, "
                    + "nor provided by a requirement (mapped through top_level.txt or RECORD when installed). "
                    + "The server's base image may still provide it."),
    /** Dependency metadata could not be had. */
    METADATA_UNAVAILABLE("AX046", "metadata-unavailable", Severity.INFO,
            "The metadata of a required package could not be read (offline without a cached answer, the "
                    + "index unreachable, an unknown package), so it was not checked against the server's "
                    + "Python.");

    private final RuleDescriptor descriptor;

    AnvilRule(String code, String title, Severity severity, String description) {
        this.descriptor = new RuleDescriptor(code, title, severity, description);
    }

    @Override
    public RuleDescriptor descriptor() {
        return descriptor;
    }
}
