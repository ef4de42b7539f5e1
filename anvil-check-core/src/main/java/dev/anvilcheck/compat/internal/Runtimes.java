package dev.anvilcheck.compat.internal;

import java.util.Set;

/**
 * Facts about Anvil's browser runtime (Skulpt) and the standard library's top-level module names
 * (reference/anvil-format.md section 2.2). Thread-safe constants.
 */
public final class Runtimes {

    /**
     * Top-level standard-library modules: {@code sys.stdlib_module_names} of CPython 3.13 without private names,
     * plus the modules removed in 3.12 and 3.13. Regenerate with
     * {@code python3.13 -c "import sys; print(sorted(n for n in sys.stdlib_module_names if n[0] != '_'))"}.
     */
    public static final Set<String> STDLIB_TOP_LEVEL = Set.of(
            "abc", "aifc", "antigravity", "argparse", "array", "ast", "asynchat", "asyncio", "asyncore",
            "atexit", "audioop", "base64", "bdb", "binascii", "binhex", "bisect", "builtins", "bz2",
            "cProfile", "calendar", "cgi", "cgitb", "chunk", "cmath", "cmd", "code", "codecs", "codeop",
            "collections", "colorsys", "compileall", "concurrent", "configparser", "contextlib",
            "contextvars", "copy", "copyreg", "crypt", "csv", "ctypes", "curses", "dataclasses", "datetime",
            "dbm", "decimal", "difflib", "dis", "distutils", "doctest", "dummy_threading", "email",
            "encodings", "ensurepip", "enum", "errno", "faulthandler", "fcntl", "filecmp", "fileinput",
            "fnmatch", "formatter", "fractions", "ftplib", "functools", "gc", "genericpath", "getopt",
            "getpass", "gettext", "glob", "graphlib", "grp", "gzip", "hashlib", "heapq", "hmac", "html",
            "http", "idlelib", "imaplib", "imghdr", "imp", "importlib", "inspect", "io", "ipaddress",
            "itertools", "json", "keyword", "lib2to3", "linecache", "locale", "logging", "lzma", "macpath",
            "mailbox", "mailcap", "marshal", "math", "mimetypes", "mmap", "modulefinder", "msilib", "msvcrt",
            "multiprocessing", "netrc", "nis", "nntplib", "nt", "ntpath", "nturl2path", "numbers", "opcode",
            "operator", "optparse", "os", "ossaudiodev", "parser", "pathlib", "pdb", "pickle", "pickletools",
            "pipes", "pkgutil", "platform", "plistlib", "poplib", "posix", "posixpath", "pprint", "profile",
            "pstats", "pty", "pwd", "py_compile", "pyclbr", "pydoc", "pydoc_data", "pyexpat", "queue",
            "quopri", "random", "re", "readline", "reprlib", "resource", "rlcompleter", "runpy", "sched",
            "secrets", "select", "selectors", "shelve", "shlex", "shutil", "signal", "site", "smtpd",
            "smtplib", "sndhdr", "socket", "socketserver", "spwd", "sqlite3", "sre_compile", "sre_constants",
            "sre_parse", "ssl", "stat", "statistics", "string", "stringprep", "struct", "subprocess", "sunau",
            "symbol", "symtable", "sys", "sysconfig", "syslog", "tabnanny", "tarfile", "telnetlib",
            "tempfile", "termios", "textwrap", "this", "threading", "time", "timeit", "tkinter", "token",
            "tokenize", "tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle", "turtledemo",
            "types", "typing", "unicodedata", "unittest", "urllib", "uu", "uuid", "venv", "warnings", "wave",
            "weakref", "webbrowser", "winreg", "winsound", "wsgiref", "xdrlib", "xml", "xmlrpc", "zipapp",
            "zipfile", "zipimport", "zlib", "zoneinfo");

    /** The standard-library modules the browser runtime provides (anvil-format.md 2.2). */
    public static final Set<String> SKULPT_MODULES = Set.of("array", "builtins", "calendar", "collections",
            "datetime", "fractions", "functools", "itertools", "json", "keyword", "math", "operator", "platform",
            "random", "re", "signal", "string", "sys", "time", "turtle", "types", "typing", "urllib", "uuid",
            "__future__");

    /** Submodules of Skulpt modules that Skulpt lacks. */
    public static final Set<String> SKULPT_MISSING_SUBMODULES = Set.of("collections.abc");

    /**
     * Anvil modules that exist only on the server. {@code anvil.secrets} is one too, but secrets used from client
     * code are the secrets check's rule (SE303, DESIGN section 6), so it is not listed here.
     */
    public static final Set<String> SERVER_ONLY_ANVIL_MODULES = Set.of("anvil.email", "anvil.files",
            "anvil.google.mail", "anvil.pdf", "anvil.stripe");

    /** Attributes of {@code anvil.server} that the client module does not have. */
    public static final Set<String> SERVER_ONLY_ANVIL_SERVER = Set.of("callable", "background_task",
            "http_endpoint", "route");

    /** Builtins that Skulpt does not implement. */
    public static final Set<String> SKULPT_MISSING_BUILTINS = Set.of("locals");

    private Runtimes() {
    }
}
