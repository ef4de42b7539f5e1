package dev.anvilcheck.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every {@link PythonFeature} has a fixture {@code python/features/<id>.py}: the feature is reported, the file has no
 * syntax error, the version just below the feature's boundary rejects it and the version at the boundary accepts
 * it (for removals: just below accepts, at rejects).
 */
class FeatureFixturesTest {

    static String fixture(PythonFeature f) throws IOException {
        try (InputStream in = FeatureFixturesTest.class.getResourceAsStream("/python/features/" + f.id() + ".py")) {
            assertNotNull(in, "missing fixture python/features/" + f.id() + ".py");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static PythonVersion below(PythonVersion v) {
        return v.minor() == 0 ? PythonVersion.PY27 : PythonVersion.of(v.major(), v.minor() - 1);
    }

    @ParameterizedTest
    @EnumSource(PythonFeature.class)
    void fixture_is_reported_and_gated_at_its_version(PythonFeature feature) throws IOException {
        ParseResult r = PythonParser.parse(fixture(feature), ParseOptions.defaults());
        assertTrue(r.hasValidSyntax(), () -> feature + ": unexpected syntax errors " + r.syntaxErrors());
        assertTrue(r.gatedConstructs().stream().anyMatch(g -> g.feature() == feature),
                () -> feature + " not reported; got " + r.gatedConstructs());
        if (feature.addedIn().isPresent()) {
            PythonVersion at = feature.addedIn().get();
            assertFalse(r.acceptedBy(below(at)), feature + " accepted by " + below(at));
            assertTrue(r.acceptedBy(at), () -> feature + " rejected by " + at + ": " + r.unsupportedIn(at));
        } else if (feature.failsOnlyAtRunTime()) {
            // every version compiles it; the feature table alone says where it runs
            PythonVersion removed = feature.removedIn().orElseThrow();
            assertTrue(r.acceptedBy(removed), feature + " rejected by " + removed);
            assertTrue(feature.isAvailableIn(below(removed)), feature + " unavailable in " + below(removed));
            assertFalse(feature.isAvailableIn(removed), feature + " available in " + removed);
        } else {
            PythonVersion removed = feature.removedIn().orElseThrow();
            assertTrue(r.acceptedBy(below(removed)), feature + " rejected by " + below(removed));
            assertFalse(r.acceptedBy(removed), feature + " accepted by " + removed);
        }
        assertTrue(feature.isAvailableIn(PythonVersion.PY27) == feature.availableInPython2());
    }

    /**
     * {@code except A, B:} is Python 2's binding of the exception to B, or 3.14's bracketless tuple of types
     * (PEP 758): a capitalized second item names a class, which nobody binds to.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "except ValueError, e:               | except-comma-name",
        "except ValueError, exc_info:        | except-comma-name",
        "except ValueError, self.error:      | except-comma-name",
        "except ValueError, (code, text):    | except-comma-name",
        "except ValueError, TypeError:       | unparenthesized-except",
        "except ValueError, errors.Timeout:  | unparenthesized-except",
        "except ValueError, TypeError, E:    | unparenthesized-except",
        "except ValueError, e, f:            | unparenthesized-except"})
    void except_comma_is_read_as_python2_binding_or_pep758_types(String clause, String feature) {
        ParseResult r = PythonParser.parse("try:\n    pass\n" + clause + "\n    pass\n", ParseOptions.defaults());
        assertTrue(r.hasValidSyntax(), () -> clause + ": " + r.syntaxErrors());
        assertEquals(List.of(feature), r.gatedConstructs().stream().map(g -> g.feature().id()).toList(), clause);
    }

    /**
     * Python 2's {@code print >>f, x} compiles on Python 3 as a shift of the print function and fails when it
     * runs: reported as a statement, never for a shift that Python 3 code could mean.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "print >>sys.stderr, 'warning:', msg  | true",
        "print >>f                            | true",
        "print >> f, x,                       | true",
        "x = print >> f                       | false",
        "(print >> f, x)                      | false",
        "y = (print >> f), x                  | false",
        "print(x) >> f                        | false",
        "printer >> f, x                      | false",
        "a >> print, x                        | false",
        "print >> f >> g                      | false"})
    void print_chevron_is_a_python2_statement_only(String line, boolean reported) {
        ParseResult r = PythonParser.parse(line + "\n", ParseOptions.defaults());
        assertTrue(r.hasValidSyntax(), () -> line + ": " + r.syntaxErrors());
        assertEquals(reported, r.gatedConstructs().stream().anyMatch(g -> g.feature() == PythonFeature.PRINT_CHEVRON),
                line);
        assertTrue(r.acceptedBy(PythonVersion.of(3, 13)), line + " compiles on Python 3");
    }

    @ParameterizedTest
    @EnumSource(PythonFeature.class)
    void every_feature_has_id_message_and_hint(PythonFeature feature) {
        assertTrue(feature.id().matches("[a-z0-9-]+"), feature.id());
        assertFalse(feature.message().isBlank());
        assertFalse(feature.hint().isBlank());
        assertTrue(feature.addedIn().isPresent() || feature.removedIn().isPresent(), feature.name());
        if (feature.isPython2Only()) {
            assertTrue(feature.message().toLowerCase(Locale.ROOT).contains("python 2 only"), feature.message());
        }
    }
}
