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

    /**
     * Largest source {@link #parse(byte[], ParseOptions)} parses: a bigger file is one syntax error instead of
     * gigabytes of tokens and tree. Hand-written modules are far below it; so are generated modules (data tables,
     * API definitions: the largest installed one is 4 MB). A parse keeps about 7 bytes of heap per source byte for
     * hand-written code and 12-17 for generated data literals, and peaks at 512-1024 MB of heap for 32 MB of them
     * (benchmarks/README.md, "Big sources"); {@link #MAX_TOKENS} bounds the token-dense shapes.
     */
    public static final int MAX_SOURCE_BYTES = 32 * 1024 * 1024;

    /**
     * Most tokens a parsed source may have: a source with more (a long {@code 1+1+...} line, one-line code joined by
     * {@code ;}) is one syntax error and not parsed. Tree and tokens keep 37-66 bytes of heap per token and need up
     * to about 80 at the peak, so this bounds one parse to about 1.3 GB of heap whatever the shape. Hand-written
     * code has one token per 5-7 bytes and generated data one per 3-4, so sources of those shapes reach
     * {@link #MAX_SOURCE_BYTES} first.
     */
    public static final int MAX_TOKENS = 16_000_000;

    /** Bracket/f-string nesting above which parsing runs on a thread with a large stack. */
    private static final int DEEP_NESTING = 48;
    /** Estimated tree depth above which the compile checks run on a thread with a large stack. */
    private static final int DEEP_TREE = 1500;
    /** Stack size for deeply nested input: the depth limits keep recursion far below it. */
    private static final long LARGE_STACK = 256L << 20;

    private PythonParser() {
    }

    /** Runs {@code task} on a fresh thread with a large stack, so that deep (but bounded) recursion fits. */
    private static void onLargeStack(Runnable task) {
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                task.run();
            } catch (RuntimeException | OutOfMemoryError e) {
                failure[0] = e;
            }
        }, "anvil-python-parser", LARGE_STACK);
        t.setDaemon(true);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof OutOfMemoryError e) {
            throw e;
        }
    }

    /**
     * Decodes {@code source} per PEP 263 (BOM, coding declaration, UTF-8 default) and parses it. A source larger
     * than {@link #MAX_SOURCE_BYTES} is not parsed: the result is an empty module with one syntax error saying so.
     *
     * @param source the file's bytes
     * @param options file name and target version
     * @return the result, never null
     */
    public static ParseResult parse(byte[] source, ParseOptions options) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        Diagnostics diags = new Diagnostics();
        if (source.length > MAX_SOURCE_BYTES) {
            diags.error("the file is " + (source.length + (1 << 20) - 1) / (1 << 20) + " MB; Python files over "
                    + (MAX_SOURCE_BYTES >> 20) + " MB are not parsed", 0, 0);
            return run("", options, diags);
        }
        String text;
        try {
            text = SourceDecoder.decode(source, diags);
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
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            // as CPython's compile(): this one error (not the decoding errors of a binary file), no tokens; a
            // binary file would otherwise give an error per odd byte
            Diagnostics only = new Diagnostics();
            only.error("source code cannot contain null bytes", nul, nul + 1, "this is not Python source text (it "
                    + "contains NUL bytes): exclude the file, or save it as UTF-8 text");
            return new ParseResult(text, new Module(new TextRange(0, text.length()), List.of()),
                    List.of(new Token(TokenKind.ENDMARKER, new TextRange(text.length(), text.length()))),
                    only.errors(), List.of(), options);
        }
        Lexer.TokenArrays arrays = null;
        int[] lineStarts = null;
        Module module;
        try {
            Lexer lexer = Lexer.tokenize(text, diags, MAX_TOKENS);
            if (lexer.tooManyTokens()) {
                Diagnostics only = new Diagnostics();
                only.error("the file has more than " + MAX_TOKENS / 1_000_000 + " million tokens; such Python files"
                        + " are not parsed", 0, 0, "a file this dense is generated: exclude it from the check");
                return new ParseResult(text, new Module(new TextRange(0, text.length()), List.of()), List.of(),
                        only.errors(), List.of(), options);
            }
            // the result's tokens and lines (trimmed copies) and the parser's tokens (trivia left out) are taken
            // before parsing, so that the lexer's growing arrays are garbage while the tree is built
            arrays = lexer.tokenArrays();
            lineStarts = lexer.lineStarts().orElse(null);
            Parser parser = new Parser(text, lexer, diags);
            int maxNesting = lexer.maxNesting();
            lexer.releaseTokens();
            Module[] out = new Module[1];
            Runnable parse = () -> {
                out[0] = parser.parseModule();
                if (parser.depthEstimate() > DEEP_TREE && maxNesting <= DEEP_NESTING) {
                    onLargeStack(() -> SemanticChecker.check(out[0], text, diags));
                } else {
                    SemanticChecker.check(out[0], text, diags);
                }
            };
            if (maxNesting > DEEP_NESTING) {
                onLargeStack(parse);
            } else {
                parse.run();
            }
            module = out[0];
        } catch (RuntimeException e) {
            diags.error("internal parser error (" + e.getClass().getSimpleName() + "); please report this file", 0,
                    0);
            module = new Module(new TextRange(0, text.length()), List.of());
        } catch (OutOfMemoryError e) {
            // the tree and tokens built so far are garbage once this frame is left: report, don't fail the caller
            Diagnostics only = new Diagnostics();
            only.error("not enough memory to parse this file (" + (text.length() + (1 << 20) - 1) / (1 << 20)
                    + " MB of text)", 0, 0, "give the JVM more heap (-Xmx) or exclude the file from the check");
            return new ParseResult(text, new Module(new TextRange(0, text.length()), List.of()), List.of(),
                    only.errors(), List.of(), options);
        }
        List<Token> tokens;
        if (arrays != null) {
            // the arrays are complete and never written again: share them, read-only
            Lexer.TokenArrays a = arrays;
            tokens = new ParseResult.TokenList(a::kind, a::start, a::end, a.count());
        } else {
            tokens = List.of();
        }
        return lineStarts == null ? new ParseResult(text, module, tokens, diags.errors(), diags.gated(), options)
                : new ParseResult(text, module, tokens, diags.errors(), diags.gated(), options, lineStarts);
    }
}
