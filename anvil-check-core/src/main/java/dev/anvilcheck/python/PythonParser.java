package dev.anvilcheck.python;

import dev.anvilcheck.python.ast.Module;
import dev.anvilcheck.python.internal.Diagnostics;
import dev.anvilcheck.python.internal.Lexer;
import dev.anvilcheck.python.internal.Parser;
import dev.anvilcheck.python.internal.SemanticChecker;
import dev.anvilcheck.python.internal.SourceDecoder;
import java.util.List;
import java.util.Objects;

/**
 * Parses Python source (the newest grammar, 3.15) into a {@link ParseResult}. Never throws for bad input.
 *
 * <pre>{@code
 * ParseResult r = PythonParser.parse(Files.readAllBytes(path), new ParseOptions(path.toString(), PythonVersion.of(3, 10)));
 * boolean ok = r.acceptedBy(PythonVersion.of(3, 10));
 * }</pre>
 *
 * <p>Stateless and thread-safe: call it from any number of threads. Time and memory are linear in the input size;
 * nesting deeper than CPython allows is reported as a syntax error, not a stack overflow.
 */
public final class PythonParser {

    private PythonParser() {
    }

    /**
     * Decodes {@code source} per PEP 263 (BOM, coding declaration, UTF-8 default) and parses it.
     *
     * @param source the file's bytes
     * @param options file name and target version
     * @return the result, never null
     */
    public static ParseResult parse(byte[] source, ParseOptions options) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        Diagnostics diags = new Diagnostics();
        String text;
        try {
            text = SourceDecoder.decode(source, diags).text();
        } catch (RuntimeException | OutOfMemoryError e) {
            diags.error("cannot decode source: " + e.getClass().getSimpleName(), 0, 0);
            text = "";
        }
        return run(text, options, diags);
    }

    /**
     * Parses already decoded text (a coding declaration in it is ignored).
     *
     * @param source the text
     * @param options file name and target version
     * @return the result, never null
     */
    public static ParseResult parse(String source, ParseOptions options) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        return run(source, options, new Diagnostics());
    }

    private static ParseResult run(String text, ParseOptions options, Diagnostics diags) {
        LineIndex index = LineIndex.of(text);
        Lexer lexer = null;
        Module module;
        try {
            lexer = Lexer.tokenize(text, diags);
            Parser parser = new Parser(text, lexer, diags);
            module = parser.parseModule();
            SemanticChecker.check(module, text, diags);
        } catch (RuntimeException e) {
            diags.error("internal parser error (" + e.getClass().getSimpleName() + "); please report this file", 0,
                    0);
            module = new Module(new TextRange(0, text.length()), List.of());
        }
        List<Token> tokens;
        if (lexer != null) {
            int n = lexer.count();
            TokenKind[] kinds = new TokenKind[n];
            int[] starts = new int[n];
            int[] ends = new int[n];
            for (int i = 0; i < n; i++) {
                kinds[i] = lexer.kind(i);
                starts[i] = lexer.start(i);
                ends[i] = lexer.end(i);
            }
            tokens = new ParseResult.TokenList(kinds, starts, ends, n);
        } else {
            tokens = List.of();
        }
        return new ParseResult(text, module, tokens, diags.errors(), diags.gated(), index, options);
    }
}
