package dev.anvilcheck.python;

import java.util.Optional;

/**
 * The one table of version-gated Python syntax: every construct whose acceptance depends on the interpreter
 * version, with the version that added and/or removed it.
 *
 * <pre>{@code
 * PythonFeature f = PythonFeature.WALRUS;
 * f.id();                                   // "walrus"
 * f.isAvailableIn(PythonVersion.of(3, 7));  // false
 * f.message();                              // "assignment expressions (:=) require Python 3.8 or newer"
 * }</pre>
 *
 * <p>A feature is available in a Python 3 version {@code v} when {@code addedIn <= v < removedIn} (either bound may
 * be absent). Python 2.7 is judged separately by {@link #availableInPython2()}: Python 3 additions are not available
 * in it, Python-2-only forms are. Constants are immutable and thread-safe.
 */
public enum PythonFeature {
    // ---- Python 2 only forms (recognised, not generic errors) ----
    /** {@code print "x"}: the Python 2 print statement. */
    PRINT_STATEMENT("print-statement", null, 3, 0, true, "the print statement",
            "Python 2 only: call the print() function instead, e.g. print(x)"),
    /**
     * {@code print >>sys.stderr, x} (or {@code print >>f} alone) as a statement: Python 2's print to a stream.
     * Python 3 compiles it (a right shift of the print function, in a tuple) and raises TypeError when it runs, so
     * it is {@linkplain #failsOnlyAtRunTime() gated at run time only}.
     */
    PRINT_CHEVRON("print-chevron", null, 3, 0, true, "'print >>stream, ...' (print to a stream)",
            "Python 2 only: Python 3 compiles it as a shift of the print function and raises TypeError when it"
                    + " runs; write print(..., file=stream)"),
    /** {@code exec "code" in ns}: the Python 2 exec statement. */
    EXEC_STATEMENT("exec-statement", null, 3, 0, true, "the exec statement",
            "Python 2 only: call the exec() function instead, e.g. exec(code, ns)"),
    /** {@code `x`}: backquote repr. */
    BACKQUOTE_REPR("backquote-repr", null, 3, 0, true, "backquotes (`x`)",
            "Python 2 only: use repr(x)"),
    /** {@code a <> b}: the Python 2 inequality operator. */
    LESS_GREATER("less-greater", null, 3, 0, true, "the <> operator", "Python 2 only: use !="),
    /** {@code 0777}: an octal literal without the {@code 0o} prefix. */
    OLD_OCTAL_LITERAL("old-octal-literal", null, 3, 0, true, "octal literals without the 0o prefix",
            "Python 2 only: write 0o777"),
    /** {@code 10L}: a long integer suffix. */
    LONG_INTEGER_SUFFIX("long-integer-suffix", null, 3, 0, true, "the L suffix on integers",
            "Python 2 only: drop the L, every int is long in Python 3"),
    /** {@code ur'x'}: the unicode raw string prefix. */
    UR_STRING_PREFIX("ur-string-prefix", null, 3, 0, true, "the ur string prefix",
            "Python 2 only: use r'...' (strings are unicode in Python 3)"),
    /**
     * {@code except E, e:}: binding the exception with a comma (Python 2), recognised when the second item is a
     * lower-case name or attribute, or an unpacking target; 3.14 compiles it as a tuple of types (PEP 758).
     */
    EXCEPT_COMMA_NAME("except-comma-name", 3, 14, 0, 0, true, "'except E, name:' ",
            "Python 2 only in this meaning: write 'except E as name:' (3.14 compiles 'except E, name:' but"
                    + " reads it as catching E or name)"),
    /** {@code raise E, V}: raising with a comma. */
    RAISE_COMMA("raise-comma", null, 3, 0, true, "'raise E, V'", "Python 2 only: write raise E(V)"),
    /** {@code def f(a, (b, c)):}: tuple parameters. */
    TUPLE_PARAMETERS("tuple-parameters", null, 3, 0, true, "tuple parameters",
            "Python 2 only: take one parameter and unpack it in the body"),
    /** A malformed backslash-u, backslash-U or backslash-N escape in a plain string (bytes in Python 2.7). */
    STR_UNICODE_ESCAPE("str-unicode-escape", null, 3, 0, true,
            "malformed \\u, \\U or \\N escapes in plain string literals",
            "Python 2 only: plain strings were bytes, where these are not escapes; double the backslash"),
    /** {@code async} or {@code await} used as an identifier (reserved since 3.7). */
    ASYNC_AWAIT_IDENTIFIER("async-await-identifier", null, 3, 7, true, "'async'/'await' as identifiers",
            "rename it: async and await are keywords since Python 3.7"),
    /** {@code f((a)=1)}: a parenthesized keyword argument name. */
    PARENTHESIZED_KEYWORD_NAME("parenthesized-keyword-name", null, 3, 8, true,
            "a parenthesized keyword argument name", "remove the parentheses around the keyword name"),

    /**
     * {@code sum(x for x in y,)}: a lone unparenthesized generator expression argument followed by a comma, which
     * 3.7 rejects ("Generator expression must be parenthesized").
     */
    GENEXP_TRAILING_COMMA("genexp-trailing-comma", null, 3, 7, true,
            "a trailing comma after a lone generator expression argument",
            "remove the comma or parenthesize the generator: f((x for x in y),)"),
    /**
     * {@code yield} inside a comprehension or generator expression: 3.6 and 3.7 compile it (the comprehension
     * becomes a generator; 3.7 warns), 3.8 rejects it.
     */
    YIELD_IN_COMPREHENSION("yield-in-comprehension", null, 3, 8, true,
            "'yield' inside comprehensions and generator expressions",
            "use an explicit loop in a generator function"),
    // ---- Python 3.0 ----
    /** {@code print(x, end="")}, {@code print(*xs)} or {@code print} as a value, without the __future__ import. */
    PRINT_FUNCTION("print-function", 3, 0, "print() as a function (keywords, unpacking, print as a value)",
            "add 'from __future__ import print_function' for Python 2"),
    /** {@code class C(metaclass=M)}: keyword arguments in a class definition. */
    CLASS_KEYWORDS("class-keywords", 3, 0, "keyword arguments in class definitions (metaclass=...)",
            "set __metaclass__ in the class body for Python 2"),
    /** {@code nonlocal x}. */
    NONLOCAL("nonlocal", 3, 0, "the nonlocal statement", "not available in Python 2"),
    /** {@code def f(*, a)}. */
    KEYWORD_ONLY_PARAMETERS("keyword-only-parameters", 3, 0, "keyword-only parameters",
            "not available in Python 2"),
    /** {@code def f(a: int) -> str}. */
    FUNCTION_ANNOTATIONS("function-annotations", 3, 0, "function annotations",
            "use type comments for Python 2"),
    /** {@code a, *b = c}. */
    STARRED_ASSIGNMENT("starred-assignment", 3, 0, "extended iterable unpacking (a, *b = ...)",
            "slice the sequence instead"),
    /** {@code raise E from C}. */
    RAISE_FROM("raise-from", 3, 0, "'raise ... from ...'", "not available in Python 2"),
    /** {@code ...} outside a subscript. */
    ELLIPSIS_LITERAL("ellipsis-literal", 3, 0, "the ... literal outside subscripts", "use Ellipsis"),
    /** Non-ASCII identifiers (PEP 3131). */
    NON_ASCII_IDENTIFIER("non-ascii-identifier", 3, 0, "non-ASCII identifiers", "use ASCII names"),

    // ---- 3.3 ----
    /** {@code from __future__ import generator_stop} (PEP 479). */
    FUTURE_GENERATOR_STOP("future-generator-stop", 3, 5, "'from __future__ import generator_stop'",
            "remove the import; catch StopIteration explicitly"),
    /** {@code from __future__ import annotations} (PEP 563). */
    FUTURE_ANNOTATIONS("future-annotations", 3, 7, "'from __future__ import annotations'",
            "remove the import and quote forward references"),
    /** {@code yield from it}. */
    YIELD_FROM("yield-from", 3, 3, "'yield from'", "loop over the iterator and yield each item"),
    /** {@code u'x'} (absent from 3.0 to 3.2). */
    U_STRING_PREFIX("u-string-prefix", 3, 3, 0, 0, true, "the u string prefix", "drop the u prefix"),
    /** {@code rb'x'}: the rb spelling of raw bytes. */
    RB_STRING_PREFIX("rb-string-prefix", 3, 3, "the rb string prefix", "write br'...'"),

    // ---- 3.5 ----
    /** {@code async def}, {@code async for}, {@code async with}, {@code await} (PEP 492). */
    ASYNC_AWAIT("async-await", 3, 5, "async and await", "use generator-based coroutines"),
    /** {@code a @ b}, {@code a @= b} (PEP 465). */
    MATRIX_MULTIPLICATION("matrix-multiplication", 3, 5, "the @ operator", "call a method such as dot()"),
    /** {@code f(*a, *b)}, {@code [*a]}, <code>{**a, **b}</code> (PEP 448). */
    UNPACKING_GENERALIZATIONS("unpacking-generalizations", 3, 5, "additional unpacking generalizations",
            "build the sequence or dict explicitly"),

    // ---- 3.6 ----
    /** {@code f"{x}"} (PEP 498). */
    F_STRINGS("f-strings", 3, 6, "f-strings", "use str.format()"),
    /** {@code 1_000} (PEP 515). */
    NUMERIC_UNDERSCORES("numeric-underscores", 3, 6, "underscores in numeric literals", "remove the underscores"),
    /** {@code x: int = 1} (PEP 526). */
    VARIABLE_ANNOTATIONS("variable-annotations", 3, 6, "variable annotations", "use a type comment"),
    /** {@code yield} inside {@code async def} (PEP 525). */
    ASYNC_GENERATORS("async-generators", 3, 6, "asynchronous generators", "return an async iterator class"),
    /** {@code async for} or {@code await} inside comprehensions (PEP 530). */
    ASYNC_COMPREHENSIONS("async-comprehensions", 3, 6, "asynchronous comprehensions", "use an explicit loop"),

    // ---- 3.7 ----
    /** {@code f"{await x}"} inside an {@code async def}: 3.6 rejects await in f-string expressions. */
    AWAIT_IN_FSTRING("await-in-fstring", 3, 7, "'await' inside f-strings",
            "await into a variable first and format that"),
    /** {@code (x async for x in y)} outside an {@code async def} (bpo-33346's 3.7 part). */
    ASYNC_GENEXP_OUTSIDE_ASYNC("async-genexp-outside-async", 3, 7,
            "asynchronous generator expressions outside async functions", "move the expression into an async def"),

    // ---- 3.8 ----
    /** {@code (x := 1)} (PEP 572). */
    WALRUS("walrus", 3, 8, "assignment expressions (:=)", "assign on a separate line"),
    /** {@code def f(a, /)} (PEP 570). */
    POSITIONAL_ONLY_PARAMETERS("positional-only-parameters", 3, 8, "positional-only parameters (/)",
            "remove the / marker"),
    /** {@code f"{x=}"}. */
    FSTRING_SELF_DOCUMENTING("fstring-self-documenting", 3, 8, "the = specifier in f-strings",
            "write the name out: f\"x={x!r}\""),
    /** {@code continue} inside {@code finally}. */
    CONTINUE_IN_FINALLY("continue-in-finally", 3, 8, "'continue' inside 'finally'", "restructure the loop"),
    /** {@code return *a, b} and {@code yield *a, b} without parentheses. */
    UNPARENTHESIZED_STAR_RETURN("unparenthesized-star-return", 3, 8,
            "unparenthesized iterable unpacking in return/yield", "add parentheses: return (*a, b)"),

    // ---- 3.9 ----
    /** {@code for x in *a, *b:}: an unparenthesized iterable with star expressions in a for statement. */
    UNPARENTHESIZED_STAR_FOR("unparenthesized-star-for", 3, 9, "unparenthesized iterable unpacking in for statements",
            "add parentheses: for x in (*a, *b):"),
    /** Any expression as a decorator (PEP 614). */
    RELAXED_DECORATORS("relaxed-decorators", 3, 9, "arbitrary decorator expressions",
            "assign the decorator to a name first"),
    /** {@code with (a as b, c as d):}. */
    PARENTHESIZED_CONTEXT_MANAGERS("parenthesized-context-managers", 3, 9, "parenthesized context managers",
            "use backslashes or nested with statements"),

    // ---- 3.10 ----
    /** {@code match} statements (PEP 634). */
    MATCH_STATEMENT("match-statement", 3, 10, "the match statement", "use if/elif chains"),
    /** {@code {x := 1}}, {@code a[x := 1]} without parentheses. */
    UNPARENTHESIZED_WALRUS_SET_INDEX("unparenthesized-walrus-set-index", 3, 10,
            "unparenthesized assignment expressions in sets and indexes", "add parentheses"),

    // ---- 3.11 ----
    /** An async comprehension inside a non-async comprehension of an {@code async def} (bpo-33346). */
    ASYNC_COMPREHENSION_IN_COMPREHENSION("async-comprehension-in-comprehension", 3, 11,
            "asynchronous comprehensions inside other comprehensions", "make the outer comprehension async too"),
    /** {@code except* E:} (PEP 654). */
    EXCEPT_STAR("except-star", 3, 11, "except* clauses", "catch ExceptionGroup and split it"),
    /** {@code a[*b]} (PEP 646). */
    STARRED_SUBSCRIPT("starred-subscript", 3, 11, "star expressions in subscripts", "build a tuple first"),
    /** {@code def f(*args: *Ts)} (PEP 646). */
    STARRED_ANNOTATION("starred-annotation", 3, 11, "star annotations on *args", "use Unpack[Ts]"),

    // ---- 3.12 ----
    /** {@code def f[T](x: T)}, {@code class C[T]} (PEP 695). */
    TYPE_PARAMETERS("type-parameters", 3, 12, "type parameter lists", "use typing.TypeVar"),
    /** {@code type X = int} (PEP 695). */
    TYPE_ALIAS_STATEMENT("type-alias-statement", 3, 12, "the type statement", "use typing.TypeAlias"),
    /** Nested same quotes, backslashes, comments or newlines in f-string expressions (PEP 701). */
    FSTRING_PEP701("fstring-pep701", 3, 12, "PEP 701 f-string syntax (reused quotes, backslashes, comments)",
            "use another quote kind or a temporary variable"),

    // ---- 3.13 ----
    /** {@code def f[T = int]()} (PEP 696). */
    TYPE_PARAMETER_DEFAULTS("type-parameter-defaults", 3, 13, "type parameter defaults",
            "drop the default"),

    // ---- 3.14 ----
    /**
     * {@code except A, B:} without brackets (PEP 758): two or more types, or two where the second is capitalized
     * like a class ({@code except ValueError, TypeError:}); Python 2 compiles the two-name form with another
     * meaning (it binds the exception to the second name).
     */
    UNPARENTHESIZED_EXCEPT("unparenthesized-except", 3, 14, "except clauses with unparenthesized types",
            "add parentheses: except (A, B): works on every Python 3 (Python 2 reads 'except A, B:' as"
                    + " 'except A as B', catching only A and rebinding B)"),
    /** {@code t"..."} template strings (PEP 750). */
    T_STRINGS("t-strings", 3, 14, "template strings (t-strings)", "use f-strings or string.Template"),

    // ---- 3.15 ----
    /** {@code lazy import x} (PEP 810). */
    LAZY_IMPORT("lazy-import", 3, 15, "lazy imports", "import normally"),
    /** {@code [*x for x in xs]} (PEP 798). */
    COMPREHENSION_UNPACKING("comprehension-unpacking", 3, 15, "unpacking in comprehensions",
            "use itertools.chain.from_iterable");

    private final String id;
    private final PythonVersion addedIn;
    private final PythonVersion removedIn;
    private final boolean python2;
    private final String description;
    private final String hint;

    PythonFeature(String id, int addedMajor, int addedMinor, String description, String hint) {
        this(id, addedMajor, addedMinor, 0, 0, false, description, hint);
    }

    PythonFeature(String id, Object noAdded, int removedMajor, int removedMinor, boolean python2, String description,
            String hint) {
        this(id, 0, 0, removedMajor, removedMinor, python2, description, hint);
    }

    PythonFeature(String id, int addedMajor, int addedMinor, int removedMajor, int removedMinor, boolean python2,
            String description, String hint) {
        this.id = id;
        this.addedIn = addedMajor == 0 ? null : PythonVersion.of(addedMajor, addedMinor);
        this.removedIn = removedMajor == 0 ? null : PythonVersion.of(removedMajor, removedMinor);
        this.python2 = python2;
        this.description = description.strip();
        this.hint = hint;
    }

    /**
     * The stable identifier, e.g. {@code "walrus"}, used in reports and configuration.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The first Python 3 version that accepts the construct, if it was added during Python 3.
     *
     * @return the version, or empty when Python 3.0 and older already had it
     */
    public Optional<PythonVersion> addedIn() {
        return Optional.ofNullable(addedIn);
    }

    /**
     * The first Python 3 version that rejects the construct again, if it was removed.
     *
     * @return the version, or empty when it was never removed
     */
    public Optional<PythonVersion> removedIn() {
        return Optional.ofNullable(removedIn);
    }

    /**
     * Whether Python 2.7 accepts the construct.
     *
     * @return true for Python 2 forms
     */
    public boolean availableInPython2() {
        return python2;
    }

    /**
     * Whether interpreter {@code version} accepts the construct.
     *
     * @param version a Python version
     * @return true when that version compiles it
     */
    public boolean isAvailableIn(PythonVersion version) {
        if (version.major() < 3) {
            return python2;
        }
        return (addedIn == null || version.atLeast(addedIn)) && (removedIn == null || version.before(removedIn));
    }

    /**
     * Whether this is a form only Python 2 accepted (in the meaning it has).
     *
     * @return true for Python 2 only forms
     */
    public boolean isPython2Only() {
        return python2 && removedIn != null && removedIn.equals(PythonVersion.PY30) || this == EXCEPT_COMMA_NAME;
    }

    /**
     * Whether the versions outside the feature's range still compile the construct and only fail when it runs
     * ({@link #PRINT_CHEVRON}): such a feature limits where a file runs, not which interpreters compile it, so
     * {@link ParseResult#acceptedBy(PythonVersion)} ignores it.
     *
     * @return true for run-time-only gates
     */
    public boolean failsOnlyAtRunTime() {
        return this == PRINT_CHEVRON;
    }

    /**
     * A one-line message naming the construct and the versions that accept it.
     *
     * @return the message
     */
    /**
     * Whether a description's subject is plural: the words before its first preposition ("the = specifier in
     * f-strings" is singular, "parenthesized context managers" plural).
     */
    private static boolean isPlural(String description) {
        String subject = description;
        for (String p : new String[] {" in ", " inside ", " of ", " with ", " on ", " for ", " after ", " as ",
            " from ", " without ", " before ", " around ", " at "}) {
            int i = subject.indexOf(p);
            if (i > 0) {
                subject = subject.substring(0, i);
            }
        }
        subject = subject.replaceAll("\\s*\\(.*\\)$", "").strip();
        return subject.endsWith("s") && !subject.endsWith("ss") || subject.contains(" and ");
    }

    public String message() {
        if (isPython2Only()) {
            return description + " is Python 2 only";
        }
        if (removedIn != null && addedIn == null) {
            return description + " was removed in Python " + removedIn;
        }
        String verb = isPlural(description) ? " require" : " requires";
        if (removedIn != null) {
            return description + verb + " Python " + addedIn + " up to " + removedIn + " (exclusive)";
        }
        return description + verb + " Python " + addedIn + " or newer";
    }

    /**
     * How to rewrite the construct for versions that reject it.
     *
     * @return the hint
     */
    public String hint() {
        return hint;
    }
}
