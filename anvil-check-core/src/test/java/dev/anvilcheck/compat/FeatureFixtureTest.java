package dev.anvilcheck.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anvilcheck.CodeRoot;
import dev.anvilcheck.Details;
import dev.anvilcheck.Finding;
import dev.anvilcheck.python.PythonFeature;
import dev.anvilcheck.python.PythonVersion;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fixture pairs for every {@link PythonFeature}, through the whole {@link CompatibilityCheck}: just below the
 * version that added it the feature is reported, at it not; for a removed feature, at the version that removed it
 * it is reported, just below not.
 */
class FeatureFixtureTest {

    /** One snippet per feature. */
    static final Map<PythonFeature, String> SNIPPETS = new EnumMap<>(PythonFeature.class);

    static {
        put(PythonFeature.PRINT_STATEMENT, "print 'x'\n");
        put(PythonFeature.PRINT_CHEVRON, "import sys\nprint >>sys.stderr, 'x'\n");
        put(PythonFeature.EXEC_STATEMENT, "exec 'x = 1'\n");
        put(PythonFeature.GENEXP_TRAILING_COMMA, "total = sum(x for x in y,)\n");
        put(PythonFeature.YIELD_IN_COMPREHENSION, "def f(y):\n    seen = [(yield x) for x in y]\n");
        put(PythonFeature.AWAIT_IN_FSTRING, "async def f(c):\n    return f'{await c.get()}'\n");
        put(PythonFeature.UNPARENTHESIZED_STAR_FOR, "for x in *a, *b:\n    pass\n");
        put(PythonFeature.BACKQUOTE_REPR, "x = `1`\n");
        put(PythonFeature.LESS_GREATER, "x = 1 <> 2\n");
        put(PythonFeature.OLD_OCTAL_LITERAL, "x = 0777\n");
        put(PythonFeature.LONG_INTEGER_SUFFIX, "x = 10L\n");
        put(PythonFeature.UR_STRING_PREFIX, "x = ur'a'\n");
        put(PythonFeature.EXCEPT_COMMA_NAME, "try:\n    pass\nexcept ValueError, e:\n    pass\n");
        put(PythonFeature.RAISE_COMMA, "raise ValueError, 'x'\n");
        put(PythonFeature.TUPLE_PARAMETERS, "def f(a, (b, c)):\n    pass\n");
        put(PythonFeature.ASYNC_AWAIT_IDENTIFIER, "async = 1\n");
        put(PythonFeature.PARENTHESIZED_KEYWORD_NAME, "f((a)=1)\n");
        put(PythonFeature.STR_UNICODE_ESCAPE, "x = '\\u12'\n");
        put(PythonFeature.PRINT_FUNCTION, "print('x', end='')\n");
        put(PythonFeature.CLASS_KEYWORDS, "class C(metaclass=M):\n    pass\n");
        put(PythonFeature.FUTURE_GENERATOR_STOP, "from __future__ import generator_stop\n");
        put(PythonFeature.FUTURE_ANNOTATIONS, "from __future__ import annotations\n");
        put(PythonFeature.NONLOCAL, "def f():\n    x = 1\n    def g():\n        nonlocal x\n");
        put(PythonFeature.KEYWORD_ONLY_PARAMETERS, "def f(*, a):\n    pass\n");
        put(PythonFeature.FUNCTION_ANNOTATIONS, "def f(a: int):\n    pass\n");
        put(PythonFeature.STARRED_ASSIGNMENT, "a, *b = [1, 2]\n");
        put(PythonFeature.RAISE_FROM, "raise ValueError() from None\n");
        put(PythonFeature.ELLIPSIS_LITERAL, "x = ...\n");
        put(PythonFeature.NON_ASCII_IDENTIFIER, "\u00e9t\u00e9 = 1\n");
        put(PythonFeature.YIELD_FROM, "def f():\n    yield from g()\n");
        put(PythonFeature.U_STRING_PREFIX, "x = u'a'\n");
        put(PythonFeature.RB_STRING_PREFIX, "x = rb'a'\n");
        put(PythonFeature.ASYNC_AWAIT, "async def f():\n    await g()\n");
        put(PythonFeature.MATRIX_MULTIPLICATION, "x = a @ b\n");
        put(PythonFeature.UNPACKING_GENERALIZATIONS, "x = [*a, *b]\n");
        put(PythonFeature.F_STRINGS, "x = f'{a}'\n");
        put(PythonFeature.NUMERIC_UNDERSCORES, "x = 1_000\n");
        put(PythonFeature.VARIABLE_ANNOTATIONS, "x: int = 1\n");
        put(PythonFeature.ASYNC_GENERATORS, "async def f():\n    yield 1\n");
        put(PythonFeature.ASYNC_COMPREHENSIONS, "async def f():\n    return [x async for x in g()]\n");
        put(PythonFeature.ASYNC_GENEXP_OUTSIDE_ASYNC, "def f(y):\n    return (x async for x in y)\n");
        put(PythonFeature.ASYNC_COMPREHENSION_IN_COMPREHENSION,
                "async def f(y, w):\n    return [[x async for x in y] for z in w]\n");
        put(PythonFeature.WALRUS, "if (n := 1):\n    pass\n");
        put(PythonFeature.POSITIONAL_ONLY_PARAMETERS, "def f(a, /):\n    pass\n");
        put(PythonFeature.FSTRING_SELF_DOCUMENTING, "x = f'{a=}'\n");
        put(PythonFeature.CONTINUE_IN_FINALLY, "for x in y:\n    try:\n        pass\n    finally:\n        continue\n");
        put(PythonFeature.UNPARENTHESIZED_STAR_RETURN, "def f():\n    return 1, *a\n");
        put(PythonFeature.RELAXED_DECORATORS, "@buttons[0].clicked.connect\ndef f():\n    pass\n");
        put(PythonFeature.PARENTHESIZED_CONTEXT_MANAGERS, "with (open(a) as f, open(b) as g):\n    pass\n");
        put(PythonFeature.MATCH_STATEMENT, "match x:\n    case 1:\n        pass\n");
        put(PythonFeature.UNPARENTHESIZED_WALRUS_SET_INDEX, "x = a[y := 1]\n");
        put(PythonFeature.EXCEPT_STAR, "try:\n    pass\nexcept* ValueError:\n    pass\n");
        put(PythonFeature.STARRED_SUBSCRIPT, "x = a[*b]\n");
        put(PythonFeature.STARRED_ANNOTATION, "def f(*args: *Ts):\n    pass\n");
        put(PythonFeature.TYPE_PARAMETERS, "def f[T](x: T) -> T:\n    return x\n");
        put(PythonFeature.TYPE_ALIAS_STATEMENT, "type X = int\n");
        put(PythonFeature.FSTRING_PEP701, "x = f'{'a'}'\n");
        put(PythonFeature.TYPE_PARAMETER_DEFAULTS, "def f[T = int]():\n    pass\n");
        put(PythonFeature.UNPARENTHESIZED_EXCEPT,
                "try:\n    pass\nexcept ValueError, TypeError, KeyError:\n    pass\n");
        put(PythonFeature.T_STRINGS, "x = t'{a}'\n");
        put(PythonFeature.LAZY_IMPORT, "lazy import json\n");
        put(PythonFeature.COMPREHENSION_UNPACKING, "x = [*a for a in b]\n");
    }

    private static void put(PythonFeature f, String src) {
        SNIPPETS.put(f, src);
    }

    @Test
    void everyFeatureHasAFixture() {
        assertThat(SNIPPETS.keySet()).containsExactlyInAnyOrder(PythonFeature.values());
    }

    static Stream<Arguments> features() {
        return Stream.of(PythonFeature.values()).filter(SNIPPETS::containsKey)
                .map(f -> Arguments.of(f, SNIPPETS.get(f)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("features")
    void reportedJustBelowItsVersionAndNotAtIt(PythonFeature feature, String source) {
        FileCompatibility probe = check(source, PythonVersion.LATEST);
        assertThat(probe.features()).as("the parser detects %s in %s", feature, source).contains(feature);
        if (feature == PythonFeature.EXCEPT_COMMA_NAME) {
            assertThat(featureFindings(check(source, PythonVersion.of(3, 13)), feature))
                    .singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo(PyRule.PYTHON2_ONLY));
            assertThat(featureFindings(check(source, PythonVersion.PY27), feature)).isEmpty();
            return;
        }
        if (feature.addedIn().isPresent() && feature.addedIn().get().minor() > 0) {
            PythonVersion at = feature.addedIn().get();
            PythonVersion below = PythonVersion.of(3, at.minor() - 1);
            assertThat(featureFindings(check(source, below), feature)).as("%s at %s", feature, below).isNotEmpty();
            assertThat(featureFindings(check(source, at), feature)).as("%s at %s", feature, at).isEmpty();
            Finding f = featureFindings(check(source, below), feature).findFirst().orElseThrow();
            assertThat(f.rule()).isEqualTo(feature.isPython2Only() ? PyRule.PYTHON2_ONLY : PyRule.SYNTAX_TOO_NEW);
            assertThat(((Details.Compatibility) f.details()).minVersion()).contains(at.toString());
            assertThat(f.hint()).contains(feature.hint());
        }
        if (feature.removedIn().isPresent() && feature != PythonFeature.EXCEPT_COMMA_NAME) {
            PythonVersion gone = feature.removedIn().get();
            PythonVersion before = gone.minor() == 0 ? PythonVersion.PY27 : PythonVersion.of(3, gone.minor() - 1);
            assertThat(featureFindings(check(source, gone), feature)).as("%s at %s", feature, gone).isNotEmpty();
            assertThat(featureFindings(check(source, before), feature)).as("%s at %s", feature, before).isEmpty();
            Finding f = featureFindings(check(source, gone), feature).findFirst().orElseThrow();
            assertThat(f.rule()).isIn(PyRule.PYTHON2_ONLY, PyRule.SYNTAX_REMOVED);
            assertThat(((Details.Compatibility) f.details()).removedIn()).contains(gone.toString());
        }
        if (feature.addedIn().isPresent() && feature.addedIn().get().equals(PythonVersion.PY30)) {
            assertThat(featureFindings(check(source, PythonVersion.PY27), feature)).as("%s at 2.7", feature)
                    .isNotEmpty();
            assertThat(featureFindings(check(source, PythonVersion.PY30), feature)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("features")
    void fileMinimumAndMaximumFollowTheFeature(PythonFeature feature, String source) {
        FileCompatibility f = check(source, PythonVersion.LATEST);
        if (feature.isPython2Only()) {
            assertThat(f.minimumVersion()).isEqualTo(PythonVersion.PY27);
            assertThat(f.maximumVersion()).contains(PythonVersion.PY27);
            return;
        }
        PythonVersion added = feature.addedIn().orElse(PythonVersion.PY30);
        assertThat(f.minimumVersion()).as("minimum of %s", feature).isEqualTo(added);
        if (added.minor() > 0) {
            assertThat(f.decidedBy()).hasValueSatisfying(d -> assertThat(d).startsWith(feature.id()));
        }
        assertThat(f.maximumVersion().isPresent()).isEqualTo(feature.removedIn().isPresent());
        assertThat(f.syntaxCompatibleWith(added)).isTrue();
    }

    @Test
    void withoutTargetGatedConstructsAreInformation() {
        FileCompatibility f = CompatibilityCheck.ofSource("a.py", SNIPPETS.get(PythonFeature.WALRUS), CodeRoot.OTHER,
                Optional.empty());
        assertThat(f.findings()).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(dev.anvilcheck.Severity.INFO);
            assertThat(x.rule()).isEqualTo(PyRule.SYNTAX_TOO_NEW);
        });
        assertThat(f.minimumVersion()).isEqualTo(PythonVersion.of(3, 8));
    }

    @Test
    void rangeTargetsReportBothEnds() {
        String src = "async = 1\nif (n := 1):\n    pass\n";
        FileCompatibility f = CompatibilityCheck.ofSource("a.py", src, CodeRoot.OTHER,
                Optional.of(Target.parse("3.6-3.13")));
        assertThat(f.findings()).extracting(x -> x.rule().code()).contains("PY101", "PY301", "PY003");
    }

    static FileCompatibility check(String source, PythonVersion v) {
        return CompatibilityCheck.ofSource("t.py", source, CodeRoot.OTHER, Optional.of(Target.of(v)));
    }

    static Stream<Finding> featureFindings(FileCompatibility f, PythonFeature feature) {
        return f.findings().stream().filter(x -> x.details() instanceof Details.Compatibility c
                && c.kind().equals("syntax") && c.feature().equals(feature.id()));
    }
}
