package dev.anvilcheck.python;

import dev.anvilcheck.python.ast.Module;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The outcome of parsing one Python file: the syntax tree, the tokens, syntax errors and version-gated constructs.
 *
 * <pre>{@code
 * ParseResult r = PythonParser.parse(source, ParseOptions.defaults());
 * if (!r.acceptedBy(PythonVersion.of(3, 7))) {
 *     r.gatedConstructs().forEach(g -> System.out.println(g.feature().message()));
 * }
 * }</pre>
 *
 * <p>Syntax errors and gated constructs are separate lists: a gated construct is valid in some versions only, a
 * syntax error in none. Even with errors, {@link #module()} holds every statement that could be parsed (failed
 * statements appear as {@link dev.anvilcheck.python.ast.Stmt.Invalid}). Immutable and thread-safe.
 */
public final class ParseResult {

    private final String source;
    private final Module module;
    private final List<Token> tokens;
    private final List<SyntaxProblem> syntaxErrors;
    private final List<GatedConstruct> gatedConstructs;
    private volatile LineIndex lineIndex;
    private boolean tokenizerLines;
    private final ParseOptions options;

    /**
     * Assembles a result; used by the parser.
     *
     * @param source the decoded source text
     * @param module the syntax tree
     * @param tokens the tokens, trivia included
     * @param syntaxErrors the syntax errors in source order
     * @param gatedConstructs the gated constructs in source order
     * @param options the options used
     */
    public ParseResult(String source, Module module, List<Token> tokens, List<SyntaxProblem> syntaxErrors,
            List<GatedConstruct> gatedConstructs, ParseOptions options) {
        this.source = Objects.requireNonNull(source);
        this.module = Objects.requireNonNull(module);
        this.tokens = Objects.requireNonNull(tokens);
        this.syntaxErrors = List.copyOf(syntaxErrors);
        this.gatedConstructs = List.copyOf(gatedConstructs);
        this.options = Objects.requireNonNull(options);
    }

    /** A result whose line index comes ready from the tokenizer's line starts (no second pass over the text). */
    ParseResult(String source, Module module, List<Token> tokens, List<SyntaxProblem> syntaxErrors,
            List<GatedConstruct> gatedConstructs, ParseOptions options, int[] lineStarts) {
        this(source, module, tokens, syntaxErrors, gatedConstructs, options);
        this.lineIndex = LineIndex.fromStarts(source, lineStarts);
        this.tokenizerLines = true;
    }

    /** Whether the line index came from the tokenizer (for the test that compares it with a scan). */
    boolean hasTokenizerLines() {
        return tokenizerLines;
    }

    /**
     * The decoded source text all ranges refer to.
     *
     * @return the text
     */
    public String source() {
        return source;
    }

    /**
     * The syntax tree.
     *
     * @return the module, never null
     */
    public Module module() {
        return module;
    }

    /**
     * All tokens in source order, comments and non-logical newlines included.
     *
     * @return an unmodifiable list
     */
    public List<Token> tokens() {
        return tokens;
    }

    /**
     * The syntax errors, in source order; empty when the file is valid in some Python version.
     *
     * @return an unmodifiable list
     */
    public List<SyntaxProblem> syntaxErrors() {
        return syntaxErrors;
    }

    /**
     * Every version-gated construct found, whatever the target version.
     *
     * @return an unmodifiable list in source order
     */
    public List<GatedConstruct> gatedConstructs() {
        return gatedConstructs;
    }

    /**
     * Line and column lookup for the ranges of this result (built on first use).
     *
     * @return the index
     */
    public LineIndex lineIndex() {
        LineIndex li = lineIndex;
        if (li == null) {
            li = LineIndex.of(source);
            lineIndex = li;
        }
        return li;
    }

    /**
     * The options this result was parsed with.
     *
     * @return the options
     */
    public ParseOptions options() {
        return options;
    }

    /**
     * Whether there are no syntax errors (gated constructs are not considered).
     *
     * @return true when {@link #syntaxErrors()} is empty
     */
    public boolean hasValidSyntax() {
        return syntaxErrors.isEmpty();
    }

    /**
     * Whether interpreter {@code version} would compile this file: no syntax errors and every gated construct
     * available in that version.
     *
     * @param version the interpreter version
     * @return the verdict
     */
    public boolean acceptedBy(PythonVersion version) {
        if (!syntaxErrors.isEmpty()) {
            return false;
        }
        for (GatedConstruct g : gatedConstructs) {
            if (!g.feature().isAvailableIn(version) && !g.feature().failsOnlyAtRunTime()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The gated constructs that {@code version} does not accept.
     *
     * @param version the interpreter version
     * @return an unmodifiable list in source order
     */
    public List<GatedConstruct> unsupportedIn(PythonVersion version) {
        return gatedConstructs.stream()
                .filter(g -> !g.feature().isAvailableIn(version) && !g.feature().failsOnlyAtRunTime()).toList();
    }

    /** A read-only view of token arrays, creating {@link Token} records on access. */
    static final class TokenList extends AbstractList<Token> implements RandomAccess {
        private final java.util.function.IntFunction<TokenKind> kinds;
        private final java.util.function.IntUnaryOperator starts;
        private final java.util.function.IntUnaryOperator ends;
        private final int size;

        TokenList(java.util.function.IntFunction<TokenKind> kinds, java.util.function.IntUnaryOperator starts,
                java.util.function.IntUnaryOperator ends, int size) {
            this.kinds = kinds;
            this.starts = starts;
            this.ends = ends;
            this.size = size;
        }

        @Override
        public Token get(int index) {
            Objects.checkIndex(index, size);
            return new Token(kinds.apply(index), new TextRange(starts.applyAsInt(index), ends.applyAsInt(index)));
        }

        @Override
        public int size() {
            return size;
        }
    }
}
