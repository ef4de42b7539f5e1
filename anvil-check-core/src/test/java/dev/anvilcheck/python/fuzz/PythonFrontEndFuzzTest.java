package dev.anvilcheck.python.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.anvilcheck.python.GatedConstruct;
import dev.anvilcheck.python.ParseOptions;
import dev.anvilcheck.python.ParseResult;
import dev.anvilcheck.python.PythonParser;
import dev.anvilcheck.python.PythonVersion;
import dev.anvilcheck.python.SyntaxProblem;
import dev.anvilcheck.python.TextRange;
import dev.anvilcheck.python.Token;
import dev.anvilcheck.python.internal.AstDumper;
import dev.anvilcheck.python.internal.Diagnostics;
import dev.anvilcheck.python.internal.Lexer;
import dev.anvilcheck.python.internal.SourceDecoder;

/**
 * Fuzz tests of the Python front end: whatever the bytes, no exception escapes, and every range (tokens, syntax
 * errors, gated constructs) lies within the decoded text.
 *
 * <p>Without {@code JAZZER_FUZZ} (every normal build, CI) each test replays its committed seed corpus in
 * {@code src/test/resources/dev/anvilcheck/python/fuzz/PythonFrontEndFuzzTestInputs/<method>/}. To fuzz (one
 * test per run, findings are written next to the seeds):
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -o -pl anvil-check-core test -Dtest='PythonFrontEndFuzzTest#parse'
 * </pre>
 */
class PythonFrontEndFuzzTest {

    /** Python tokens, prefixes and layout bytes in libFuzzer's dictionary syntax (control bytes need its escapes). */
    static final String DICTIONARY = "/dev/anvilcheck/python/fuzz/python.dict";

    private static final PythonVersion[] VERSIONS = {PythonVersion.of(2, 7), PythonVersion.of(3, 6),
        PythonVersion.of(3, 7), PythonVersion.of(3, 8), PythonVersion.of(3, 9), PythonVersion.of(3, 10),
        PythonVersion.of(3, 11), PythonVersion.of(3, 12), PythonVersion.of(3, 13), PythonVersion.of(3, 14),
        PythonVersion.LATEST};

    /**
     * Decoding (PEP 263 cookies, BOM, bad bytes) and tokenizing raw bytes.
     *
     * @param data the fuzzer's bytes
     */
    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = DICTIONARY)
    void decodeAndTokenize(byte[] data) {
        Diagnostics diags = new Diagnostics();
        String text = SourceDecoder.decode(data, diags);
        Lexer lexer = Lexer.tokenize(text, diags);
        int length = text.length();
        for (int i = 0; i < lexer.count(); i++) {
            check(lexer.start(i), lexer.end(i), length, "token " + i + " " + lexer.kind(i));
        }
        for (SyntaxProblem p : diags.errors()) {
            check(p.range(), length, "syntax error " + p.message());
        }
    }

    /**
     * The whole parse, for a version the fuzzer picks, then the AST dump.
     *
     * @param data the fuzzer's data: a version choice, then the source bytes
     */
    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = DICTIONARY)
    void parse(FuzzedDataProvider data) {
        PythonVersion v = VERSIONS[data.consumeInt(0, VERSIONS.length - 1)];
        byte[] bytes = data.consumeRemainingAsBytes();
        ParseResult r = PythonParser.parse(bytes, new ParseOptions("fuzz.py", v));
        int length = r.source().length();
        for (Token t : r.tokens()) {
            check(t.range(), length, "token " + t.kind());
        }
        for (SyntaxProblem p : r.syntaxErrors()) {
            check(p.range(), length, "syntax error " + p.message());
        }
        for (GatedConstruct g : r.gatedConstructs()) {
            check(g.range(), length, "gated construct " + g.feature());
        }
        if (r.hasValidSyntax() != r.syntaxErrors().isEmpty()) {
            throw new AssertionError("hasValidSyntax() disagrees with syntaxErrors()");
        }
        for (PythonVersion each : VERSIONS) {
            r.acceptedBy(each);
        }
        AstDumper.dump(r.module(), r.lineIndex());
    }

    private static void check(TextRange range, int length, String what) {
        check(range.start(), range.end(), length, what);
    }

    private static void check(int start, int end, int length, String what) {
        if (start < 0 || end < start || end > length) {
            throw new AssertionError(what + ": range " + start + ".." + end + " outside the text of length "
                    + length);
        }
    }
}
