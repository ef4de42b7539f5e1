package dev.anvilcheck.compat;

import dev.anvilcheck.RuleDescriptor;
import dev.anvilcheck.RuleId;
import dev.anvilcheck.Severity;

/**
 * Rules of the Python compatibility check (prefix {@code PY}): {@code PY0xx} syntax errors and files no version
 * runs, {@code PY1xx} syntax too new for the target, {@code PY2xx} standard-library API too new, {@code PY3xx}
 * syntax or API removed before the target, {@code PY4xx} problems of Anvil's browser runtime (Skulpt). Which
 * construct a finding is about is in its {@link dev.anvilcheck.Details.Compatibility} ({@code feature}).
 *
 * <p>Thread-safe (an enum).
 */
public enum PyRule implements RuleId {
    /** The file is not valid Python in any version. */
    SYNTAX_ERROR("PY001", "syntax-error", Severity.ERROR,
            "The file does not compile in any Python version. Fix the syntax at the reported place."),
    /** A form only Python 2 accepts (print statement, backquotes, {@code <>}, ...). */
    PYTHON2_ONLY("PY002", "python2-only", Severity.ERROR,
            "A Python 2 form (print statement, exec statement, backquotes, <>, 0777, 10L, ur'', except E, e:) "
                    + "that no Python 3 accepts. Rewrite it as the hint says."),
    /** No single version accepts everything in the file. */
    NO_VERSION("PY003", "no-single-version", Severity.ERROR,
            "The file mixes constructs that no single Python version accepts (for example Python 2 forms with "
                    + "Python 3.8 syntax); it runs nowhere."),
    /** A target in anvil-check.yaml or the project cannot be read. */
    INVALID_TARGET("PY004", "invalid-target", Severity.WARNING,
            "A Python target given to the check (builder or option) is not a version (3.10), a range (3.7-3.13) "
                    + "or 3.7-skulpt; the next source (anvil-check.yaml, then the app's runtime) is used instead."),
    /** A Python file that is there but cannot be read: it was not checked. */
    FILE_UNREADABLE("PY005", "file-unreadable", Severity.ERROR,
            "A Python file of the project or of the path given cannot be read: it is a FIFO, a device, a socket, "
                    + "a dangling or looping symbolic link, or reading it failed. It was not opened and not "
                    + "checked; replace it with a regular file or exclude it."),
    /** Syntax added after the target's oldest version. */
    SYNTAX_TOO_NEW("PY101", "syntax-too-new", Severity.ERROR,
            "A syntax feature that the target's oldest Python does not have (the feature and its version are in "
                    + "the finding). Rewrite it as the hint says or raise the target. Without a target this is "
                    + "information only."),
    /** A standard-library module, function, class, constant or method added after the target's oldest version. */
    API_TOO_NEW("PY201", "api-too-new", Severity.ERROR,
            "A standard-library module, member or builtin-type method that the target's oldest Python does not "
                    + "have. Guard it (if sys.version_info >= ..., try/except ImportError, hasattr), use a "
                    + "backport, or raise the target."),
    /** A keyword argument added after the target's oldest version. */
    KWARG_TOO_NEW("PY202", "kwarg-too-new", Severity.ERROR,
            "A keyword argument of a standard-library function that the target's oldest Python does not accept."),
    /** A type expression evaluated at run time that needs a newer Python ({@code list[int]}, {@code int | None}). */
    RUNTIME_GENERIC("PY203", "runtime-generic", Severity.ERROR,
            "A type expression that is evaluated at run time (list[int] needs 3.9, X | Y needs 3.10). Quote the "
                    + "annotation, add 'from __future__ import annotations', or use typing.List / typing.Optional."),
    /** Syntax removed at or before the target's newest version. */
    SYNTAX_REMOVED("PY301", "syntax-removed", Severity.ERROR,
            "A syntax form that the target's newest Python no longer accepts (async/await as names, f((a)=1), "
                    + "...). Rewrite it as the hint says."),
    /** A module, member or method removed at or before the target's newest version. */
    API_REMOVED("PY302", "api-removed", Severity.ERROR,
            "A standard-library module, member or method that the target's newest Python no longer has (imp, "
                    + "distutils, asyncio.coroutine, collections.Mapping, ...). Use its replacement."),
    /** Syntax the browser runtime (Skulpt) does not support. */
    CLIENT_SYNTAX("PY401", "client-syntax", Severity.ERROR,
            "Client code runs in the browser on Skulpt, which lacks walrus, match, async/await, positional-only "
                    + "parameters, except*, type parameters and t-strings. Rewrite it or move it to server code."),
    /** A standard-library module the browser runtime does not have. */
    CLIENT_MODULE("PY402", "client-module", Severity.ERROR,
            "Client code imports a module that Skulpt does not provide. At module top level this fails when the "
                    + "form loads (error); inside a function only when it runs (warning)."),
    /** A server-only anvil module or decorator used in client code. */
    CLIENT_SERVER_ONLY("PY403", "client-server-only", Severity.ERROR,
            "Client code uses a server-only Anvil module or decorator (anvil.email, anvil.files, anvil.pdf, "
                    + "anvil.server.callable, background_task, http_endpoint, route; anvil.secrets is SE303). Move it "
                    + "to a server module and call it with anvil.server.call."),
    /** A builtin the browser runtime does not implement. */
    CLIENT_BUILTIN("PY404", "client-builtin", Severity.WARNING,
            "Client code calls a builtin that Skulpt does not implement (locals() raises NotImplementedError).");

    private final RuleDescriptor descriptor;

    PyRule(String code, String title, Severity severity, String description) {
        this.descriptor = new RuleDescriptor(code, title, severity, description);
    }

    @Override
    public RuleDescriptor descriptor() {
        return descriptor;
    }
}
