package dev.anvilcheck.compat.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.anvilcheck.CodeRoot;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.compat.FileCompatibility;
import dev.anvilcheck.compat.Target;
import dev.anvilcheck.compat.internal.ApiTable;
import dev.anvilcheck.compat.internal.FileAnalyzer;
import dev.anvilcheck.python.ParseOptions;
import dev.anvilcheck.python.ParseResult;
import dev.anvilcheck.python.PythonParser;
import dev.anvilcheck.python.PythonVersion;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fuzz test of the compatibility analysis after the parse (scopes, guards, imports, the API table, suppressions,
 * the client rules): whatever the source, it ends, throws nothing, and every finding points into the file.
 *
 * <p>Without {@code JAZZER_FUZZ} each build replays the committed inputs in
 * {@code src/test/resources/dev/anvilcheck/compat/fuzz/CompatibilityFuzzTestInputs/analyze/} (one of them is the
 * module-level {@code global} statement that once made the scope lookup loop for ever). To fuzz:
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -o -pl anvil-check-core test -Dtest='CompatibilityFuzzTest'
 * </pre>
 */
class CompatibilityFuzzTest {

    private static final List<Optional<Target>> TARGETS = List.of(Optional.empty(),
            Optional.of(Target.parse("2.7")), Optional.of(Target.parse("3.7")), Optional.of(Target.parse("3.7-3.13")),
            Optional.of(Target.parse("3.13")), Optional.of(Target.SKULPT));
    private static final CodeRoot[] ROOTS = CodeRoot.values();

    /**
     * Parse and analyze, for a target and code root the fuzzer picks.
     *
     * @param data the fuzzer's data: the choices, then the source bytes
     */
    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "/dev/anvilcheck/python/fuzz/python.dict")
    void analyze(FuzzedDataProvider data) {
        Optional<Target> target = TARGETS.get(data.consumeInt(0, TARGETS.size() - 1));
        CodeRoot root = ROOTS[data.consumeInt(0, ROOTS.length - 1)];
        boolean backports = data.consumeBoolean();
        byte[] bytes = data.consumeRemainingAsBytes();
        ParseResult r = PythonParser.parse(bytes, new ParseOptions("fuzz.py", PythonVersion.of(3, 13)));
        FileCompatibility f = FileAnalyzer.analyze("fuzz.py", root, target, r, ApiTable.get(),
                backports ? Set.of("typing_extensions", "importlib_metadata") : Set.of());
        int lines = r.lineIndex().lineCount();
        for (List<Finding> list : List.of(f.findings(), f.syntaxErrors())) {
            for (Finding x : list) {
                Location l = x.location().orElseThrow(() -> new AssertionError("no location: " + x));
                if (l.line() > 0 && (l.line() > lines || l.column() < 1)) {
                    throw new AssertionError("location " + l + " outside the " + lines + " lines: " + x);
                }
            }
        }
    }
}
