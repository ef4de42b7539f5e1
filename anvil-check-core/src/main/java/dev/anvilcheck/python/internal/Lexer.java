package dev.anvilcheck.python.internal;

import dev.anvilcheck.python.PythonFeature;
import dev.anvilcheck.python.TokenKind;
import java.util.Arrays;

/**
 * Tokenizes decoded Python source into flat arrays (kind, start, end, name id), trivia included. Never throws:
 * problems go to {@link Diagnostics} and unreadable text becomes an {@link TokenKind#UNKNOWN} token.
 */
public final class Lexer {

    static final TokenKind[] KINDS = TokenKind.values();
    /** CPython's MAXLEVEL: brackets nest at most this deep. */
    static final int MAX_PAREN_DEPTH = 200;
    /** CPython's MAXINDENT. */
    static final int MAX_INDENT = 100;
    /** CPython's MAXFSTRINGLEVEL. */
    static final int MAX_FSTRING_DEPTH = 150;

    private final char[] src;
    private final int n;
    private final Diagnostics diags;
    final NameTable names = new NameTable();

    // token output
    byte[] kinds;
    int[] starts;
    int[] ends;
    int[] values;
    int count;

    private int pos;
    private int line = 1;
    /** Where each line starts, recorded as the newlines are consumed: the result's line index for free. */
    private int[] lineStarts = new int[64];
    private boolean atBol = true;
    private boolean lineHasToken;

    // brackets
    private final char[] parenStack = new char[MAX_PAREN_DEPTH + 1];
    private final int[] parenPos = new int[MAX_PAREN_DEPTH + 1];
    private final int[] parenLine = new int[MAX_PAREN_DEPTH + 1];
    private int depth;
    private boolean tooDeepReported;

    // indentation
    private int[] indents = new int[MAX_INDENT + 2];
    private int[] altIndents = new int[MAX_INDENT + 2];
    private int indentTop;

    // f-string / t-string frames
    private static final int TEXT = 0;
    private static final int EXPR = 1;
    private static final int SPEC = 2;
    private int[] fKind = new int[8]; // TEXT for the string itself; EXPR/SPEC for a replacement field
    private char[] fQuote = new char[8];
    private boolean[] fTriple = new boolean[8];
    private boolean[] fRaw = new boolean[8];
    private boolean[] fTemplate = new boolean[8];
    private int[] fBase = new int[8]; // bracket depth at the field's '{'
    private int[] fStart = new int[8]; // offset of the f-string's prefix
    private int fTop; // number of frames
    private int fStrings; // number of open f-strings
    private boolean stopped;
    private boolean hadError;
    private final int maxTokens;
    private boolean tooManyTokens;
    /** Whether the whole text was tokenized without an error (the line starts are then complete). */
    private boolean complete;

    private Lexer(String text, Diagnostics diags, int maxTokens) {
        this.maxTokens = maxTokens;
        this.src = text.toCharArray();
        this.n = src.length;
        this.diags = diags;
        // room for one token per 8 chars (hand-written code has one per 6-7): few regrowths, little waste
        int cap = 64 + n / 8;
        kinds = new byte[cap];
        starts = new int[cap];
        ends = new int[cap];
        values = new int[cap];
    }

    /** Tokenizes {@code text}. */
    public static Lexer tokenize(String text, Diagnostics diags) {
        return tokenize(text, diags, Integer.MAX_VALUE);
    }

    /**
     * Tokenizes {@code text}, giving up once more than {@code maxTokens} tokens are found (see
     * {@link #tooManyTokens()}): the parse of so many tokens would need more memory than is reasonable.
     */
    public static Lexer tokenize(String text, Diagnostics diags, int maxTokens) {
        Lexer lx = new Lexer(text, diags, maxTokens);
        lx.run();
        return lx;
    }

    /** Whether tokenizing stopped because the text has more tokens than allowed; the tokens are then partial. */
    public boolean tooManyTokens() {
        return tooManyTokens;
    }

    char[] source() {
        return src;
    }

    /** The kind of token {@code i}. */
    public TokenKind kind(int i) {
        return KINDS[kinds[i]];
    }

    /** The start offset of token {@code i}. */
    public int start(int i) {
        return starts[i];
    }

    /** The end offset of token {@code i}. */
    public int end(int i) {
        return ends[i];
    }

    /** The number of tokens. */
    public int count() {
        return count;
    }

    private void newLine(int next) {
        if (line == lineStarts.length) {
            lineStarts = Arrays.copyOf(lineStarts, line * 2);
        }
        lineStarts[line++] = next;
    }

    /**
     * The offsets where the lines start, when tokenizing went through the whole text without an error (every
     * newline was then consumed by a path that records it); empty otherwise, so that callers scan the text.
     *
     * @return the line starts, index 0 for line 1
     */
    public java.util.Optional<int[]> lineStarts() {
        if (!complete) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Arrays.copyOf(lineStarts, line));
    }

    /**
     * The token arrays alone (no source copy, no name table, no values), trimmed to the token count, for a result
     * to keep: the growing arrays have up to twice the room needed, and a result lives longer than the parse.
     */
    public TokenArrays tokenArrays() {
        return new TokenArrays(Arrays.copyOf(kinds, count), Arrays.copyOf(starts, count), Arrays.copyOf(ends, count),
                count);
    }

    /**
     * Drops the token arrays (the parser and the result have their own copies by then): only {@link #source()},
     * the names and the line and nesting facts remain usable.
     */
    public void releaseTokens() {
        kinds = null;
        starts = null;
        ends = null;
        values = null;
        count = 0;
    }

    /** Read-only view of finished token arrays; never written after tokenizing. */
    public static final class TokenArrays {
        private final byte[] kinds;
        private final int[] starts;
        private final int[] ends;
        private final int count;

        TokenArrays(byte[] kinds, int[] starts, int[] ends, int count) {
            this.kinds = kinds;
            this.starts = starts;
            this.ends = ends;
            this.count = count;
        }

        /** Kind of token {@code i}. */
        public TokenKind kind(int i) {
            return KINDS[kinds[i]];
        }

        /** Start of token {@code i}. */
        public int start(int i) {
            return starts[i];
        }

        /** End of token {@code i}. */
        public int end(int i) {
            return ends[i];
        }

        /** Number of tokens. */
        public int count() {
            return count;
        }
    }

    private void emit(TokenKind k, int s, int e) {
        emit(k, s, e, -1);
    }

    private void emit(TokenKind k, int s, int e, int value) {
        if (count == kinds.length) {
            int cap = count * 2;
            kinds = Arrays.copyOf(kinds, cap);
            starts = Arrays.copyOf(starts, cap);
            ends = Arrays.copyOf(ends, cap);
            values = Arrays.copyOf(values, cap);
        }
        kinds[count] = (byte) k.ordinal();
        starts[count] = s;
        ends[count] = e;
        values[count] = value;
        count++;
        if (k != TokenKind.NL && k != TokenKind.COMMENT && k != TokenKind.INDENT && k != TokenKind.DEDENT) {
            lineHasToken = true;
        }
    }

    private void error(String msg, int s, int e) {
        hadError = true;
        diags.error(msg, s, e);
    }

    private void run() {
        while (!stopped) {
            if (count > maxTokens) {
                tooManyTokens = true;
                return;
            }
            if (fTop > 0 && fKind[fTop - 1] != EXPR) {
                if (!lexFStringText()) {
                    break;
                }
                continue;
            }
            if (atBol && depth == 0 && fTop == 0) {
                atBol = false;
                if (!indentation()) {
                    continue;
                }
            }
            if (!next()) {
                break;
            }
        }
        finish();
        complete = !stopped && !hadError && pos >= n;
    }

    private void finish() {
        if (fTop > 0) {
            // an unterminated f-string: already reported where detected
            fTop = 0;
        }
        if (depth > 0 && !stopped) {
            int d = Math.min(depth, MAX_PAREN_DEPTH) - 1;
            unclosed = parenPos[d]; // reported by the parser if it runs out of input
        }
        if (lineHasToken) {
            emit(TokenKind.NEWLINE, n, n);
        }
        while (indentTop > 0) {
            indentTop--;
            emit(TokenKind.DEDENT, n, n);
        }
        emit(TokenKind.ENDMARKER, n, n);
    }

    /** Handles indentation at the start of a line; returns false when the line is blank (consumed). */
    private boolean indentation() {
        int col = 0;
        int alt = 0;
        int p = pos;
        while (p < n) {
            char c = src[p];
            if (c == ' ') {
                col++;
                alt++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                alt++;
            } else if (c == '\f') {
                col = 0;
                alt = 0;
            } else {
                break;
            }
            p++;
        }
        if (p >= n || src[p] == '#' || src[p] == '\n' || src[p] == '\r') {
            // blank or comment-only line: no indentation change
            pos = p;
            if (p < n && src[p] == '#') {
                int e = lineEnd(p);
                emit(TokenKind.COMMENT, p, e);
                pos = e;
            }
            if (pos < n && (src[pos] == '\n' || src[pos] == '\r')) {
                int s = pos;
                pos = skipNewline(pos);
                emit(TokenKind.NL, s, pos);
                newLine(pos);
                atBol = true;
            }
            return false;
        }
        int top = indents[indentTop];
        if (col == top) {
            if (alt != altIndents[indentTop]) {
                inconsistent(p);
            }
        } else if (col > top) {
            if (indentTop + 1 >= MAX_INDENT) {
                error("too many levels of indentation", pos, p);
                stopped = true;
                return false;
            }
            if (alt <= altIndents[indentTop]) {
                inconsistent(p);
            }
            indentTop++;
            indents[indentTop] = col;
            altIndents[indentTop] = alt;
            emit(TokenKind.INDENT, pos, p);
        } else {
            while (indentTop > 0 && col < indents[indentTop]) {
                indentTop--;
                emit(TokenKind.DEDENT, p, p);
            }
            if (col != indents[indentTop]) {
                error("unindent does not match any outer indentation level", p, p);
            } else if (alt != altIndents[indentTop]) {
                inconsistent(p);
            }
        }
        pos = p;
        return true;
    }

    private void inconsistent(int p) {
        error("inconsistent use of tabs and spaces in indentation", p, p);
    }

    private int lineEnd(int p) {
        while (p < n && src[p] != '\n' && src[p] != '\r') {
            p++;
        }
        return p;
    }

    private int skipNewline(int p) {
        if (src[p] == '\r' && p + 1 < n && src[p + 1] == '\n') {
            return p + 2;
        }
        return p + 1;
    }

    private boolean inFieldExpr() {
        return fTop > 0 && fKind[fTop - 1] == EXPR;
    }

    /** Lexes one token (or trivia) in normal mode; returns false at end of input. */
    private boolean next() {
        // skip blanks
        while (pos < n) {
            char c = src[pos];
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '\\') {
                int q = pos + 1;
                if (q < n && (src[q] == '\n' || src[q] == '\r')) {
                    pos = skipNewline(q);
                    newLine(pos);
                    if (pos >= n) {
                        error("unexpected EOF while parsing", pos, pos);
                    }
                } else if (q >= n) {
                    error("unexpected EOF while parsing", pos, pos + 1);
                    pos = n;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        if (pos >= n) {
            if (fTop > 0) {
                unterminatedFString();
            }
            return false;
        }
        int s = pos;
        char c = src[pos];
        if (c == '#') {
            int e = lineEnd(pos);
            if (fTop > 0) {
                diags.feature(PythonFeature.FSTRING_PEP701, s, e);
            }
            emit(TokenKind.COMMENT, s, e);
            pos = e;
            return true;
        }
        if (c == '\n' || c == '\r') {
            pos = skipNewline(pos);
            newLine(pos);
            if (depth > 0 || fTop > 0) {
                if (fTop > 0) {
                    newlineInField(s);
                }
                emit(TokenKind.NL, s, pos);
            } else if (lineHasToken) {
                emit(TokenKind.NEWLINE, s, pos);
                lineHasToken = false;
                atBol = true;
            } else {
                emit(TokenKind.NL, s, pos);
                atBol = true;
            }
            return true;
        }
        if (c == '\0') {
            error("source code cannot contain null bytes", s, s + 1);
            pos++;
            emit(TokenKind.UNKNOWN, s, pos);
            return true;
        }
        if (isIdentStart(c)) {
            lexNameOrString();
            return true;
        }
        if (c >= '0' && c <= '9' || c == '.' && pos + 1 < n && src[pos + 1] >= '0' && src[pos + 1] <= '9') {
            lexNumber();
            return true;
        }
        if (c == '"' || c == '\'') {
            lexString(s, s, 0);
            return true;
        }
        if (c >= 0x80) {
            int cp = Character.codePointAt(src, pos);
            if (Character.isUnicodeIdentifierStart(cp) || isOtherIdStart(cp)) {
                lexNameOrString();
                return true;
            }
            int len = Character.charCount(cp);
            pos += len;
            if (Character.isISOControl(cp) || Character.isSpaceChar(cp) || !isPrintable(cp)) {
                error(String.format("invalid non-printable character U+%04X", cp), s, pos);
            } else {
                error(String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp), s,
                        pos);
            }
            emit(TokenKind.UNKNOWN, s, pos);
            return true;
        }
        lexOperator(c, s);
        return true;
    }

    private void newlineInField(int s) {
        // a newline inside a replacement field of a single-quoted f-string: allowed since 3.12
        for (int i = fTop - 1; i >= 0; i--) {
            if (fKind[i] == TEXT) {
                if (!fTriple[i]) {
                    diags.feature(PythonFeature.FSTRING_PEP701, s, s + 1);
                }
                return;
            }
        }
    }

    private static boolean isPrintable(int cp) {
        int t = Character.getType(cp);
        return t != Character.UNASSIGNED && t != Character.CONTROL && t != Character.FORMAT
                && t != Character.PRIVATE_USE && t != Character.SURROGATE && t != Character.SPACE_SEPARATOR
                && t != Character.LINE_SEPARATOR && t != Character.PARAGRAPH_SEPARATOR;
    }

    private static boolean isIdentStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isIdentPart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9';
    }

    private static boolean isOtherIdStart(int cp) {
        // Other_ID_Start
        return cp == 0x1885 || cp == 0x1886 || cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C;
    }

    private static boolean isUnicodeIdPart(int cp) {
        if (Character.isIdentifierIgnorable(cp)) {
            return false;
        }
        return Character.isUnicodeIdentifierPart(cp) || isOtherIdStart(cp) || cp == 0x00B7 || cp == 0x0387
                || cp >= 0x1369 && cp <= 0x1371 || cp == 0x19DA;
    }

    private void lexNameOrString() {
        int s = pos;
        boolean ascii = true;
        while (pos < n) {
            char c = src[pos];
            if (isIdentPart(c)) {
                pos++;
            } else if (c >= 0x80) {
                int cp = Character.codePointAt(src, pos);
                if (!isUnicodeIdPart(cp)) {
                    break;
                }
                ascii = false;
                pos += Character.charCount(cp);
            } else {
                break;
            }
        }
        if (pos < n && (src[pos] == '"' || src[pos] == '\'') && ascii && pos - s <= 3) {
            int flags = prefixFlags(s, pos);
            if (flags >= 0) {
                lexString(s, pos, flags);
                return;
            }
        }
        if (!ascii) {
            diags.feature(PythonFeature.NON_ASCII_IDENTIFIER, s, pos);
        }
        int id = names.intern(src, s, pos);
        emit(names.kind(id), s, pos, id);
    }

    static final int P_RAW = 1;
    static final int P_BYTES = 2;
    static final int P_U = 4;
    static final int P_F = 8;
    static final int P_T = 16;

    /** Flags of a valid string prefix, or -1. */
    private int prefixFlags(int s, int e) {
        int flags = 0;
        for (int i = s; i < e; i++) {
            int f = switch (src[i]) {
                case 'r', 'R' -> P_RAW;
                case 'b', 'B' -> P_BYTES;
                case 'u', 'U' -> P_U;
                case 'f', 'F' -> P_F;
                case 't', 'T' -> P_T;
                default -> -1;
            };
            if (f < 0 || (flags & f) != 0) {
                return -1;
            }
            flags |= f;
        }
        int kinds = Integer.bitCount(flags & (P_BYTES | P_U | P_F | P_T));
        if (kinds > 1) {
            return -1;
        }
        if ((flags & P_U) != 0 && (flags & P_RAW) != 0) {
            // ur'' : Python 2 only (and not br-like combos)
            return flags;
        }
        return flags;
    }

    private void lexString(int s, int quoteStart, int flags) {
        pos = quoteStart;
        char q = src[pos];
        boolean triple = pos + 2 < n && src[pos + 1] == q && src[pos + 2] == q;
        pos += triple ? 3 : 1;
        if ((flags & P_U) != 0 && (flags & P_RAW) != 0) {
            diags.feature(PythonFeature.UR_STRING_PREFIX, s, quoteStart);
        } else if ((flags & P_U) != 0) {
            diags.feature(PythonFeature.U_STRING_PREFIX, s, quoteStart);
        } else if ((flags & P_BYTES) != 0 && (flags & P_RAW) != 0 && (src[s] == 'r' || src[s] == 'R')) {
            diags.feature(PythonFeature.RB_STRING_PREFIX, s, quoteStart);
        }
        checkQuoteReuse(q, s, quoteStart);
        if ((flags & (P_F | P_T)) != 0) {
            boolean template = (flags & P_T) != 0;
            diags.feature(template ? PythonFeature.T_STRINGS : PythonFeature.F_STRINGS, s, quoteStart);
            if (fStrings >= MAX_FSTRING_DEPTH) {
                error("too many nested f-strings", s, pos);
                stopped = true;
                return;
            }
            emit(template ? TokenKind.TSTRING_START : TokenKind.FSTRING_START, s, pos);
            pendingStart = s;
            pushFrame(TEXT, q, triple, (flags & P_RAW) != 0, template, depth);
            fStrings++;
            return;
        }
        boolean raw = (flags & P_RAW) != 0;
        while (pos < n) {
            char c = src[pos];
            if (c == '\\') {
                if (pos + 1 < n) {
                    char d = src[pos + 1];
                    if (d == '\n' || d == '\r') {
                        pos = skipNewline(pos + 1);
                        newLine(pos);
                        continue;
                    }
                    if (fTop > 0 && !raw) {
                        diags.feature(PythonFeature.FSTRING_PEP701, pos, pos + 1);
                    }
                    pos += 2;
                    continue;
                }
                pos++;
                continue;
            }
            if (c == q) {
                if (!triple) {
                    pos++;
                    emit(TokenKind.STRING, s, pos);
                    return;
                }
                if (pos + 2 < n && src[pos + 1] == q && src[pos + 2] == q) {
                    pos += 3;
                    emit(TokenKind.STRING, s, pos);
                    return;
                }
            } else if (c == '\n' || c == '\r') {
                if (!triple) {
                    error("unterminated string literal (detected at line " + line + ")", s, s);
                    emit(TokenKind.UNKNOWN, s, pos);
                    return;
                }
                if (c == '\r' && pos + 1 < n && src[pos + 1] == '\n') {
                    pos++;
                }
                newLine(pos + 1);
            }
            pos++;
        }
        if (triple) {
            error("unterminated triple-quoted string literal (detected at line " + line + ")", s, s);
        } else {
            error("unterminated string literal (detected at line " + line + ")", s, s);
        }
        emit(TokenKind.UNKNOWN, s, pos);
    }

    private void checkQuoteReuse(char q, int s, int e) {
        boolean triple = e + 2 < n && src[e] == q && src[e + 1] == q && src[e + 2] == q;
        for (int i = fTop - 1; i >= 0; i--) {
            // before 3.12 an inner string ended the f-string when it used the f-string's own quote
            if (fKind[i] == TEXT && fQuote[i] == q && (!fTriple[i] || triple)) {
                diags.feature(PythonFeature.FSTRING_PEP701, s, e);
                return;
            }
        }
    }

    private int pendingStart;

    private void pushFrame(int kind, char quote, boolean triple, boolean raw, boolean template, int base) {
        if (fTop == fKind.length) {
            int cap = fTop * 2;
            fKind = Arrays.copyOf(fKind, cap);
            fQuote = Arrays.copyOf(fQuote, cap);
            fTriple = Arrays.copyOf(fTriple, cap);
            fRaw = Arrays.copyOf(fRaw, cap);
            fTemplate = Arrays.copyOf(fTemplate, cap);
            fBase = Arrays.copyOf(fBase, cap);
            fStart = Arrays.copyOf(fStart, cap);
        }
        fKind[fTop] = kind;
        fQuote[fTop] = quote;
        fTriple[fTop] = triple;
        fRaw[fTop] = raw;
        fTemplate[fTop] = template;
        fBase[fTop] = base;
        fStart[fTop] = kind == TEXT ? pendingStart : (fTop > 0 ? fStart[fTop - 1] : 0);
        fTop++;
    }

    /** The innermost f-string frame index (TEXT kind) at or below the top. */
    private int stringFrame() {
        for (int i = fTop - 1; i >= 0; i--) {
            if (fKind[i] == TEXT) {
                return i;
            }
        }
        return -1;
    }

    private void unterminatedFString() {
        int sf = stringFrame();
        int s = sf >= 0 ? fStart[sf] : pos;
        boolean triple = sf >= 0 && fTriple[sf];
        String what = sf >= 0 && fTemplate[sf] ? "t-string" : "f-string";
        error("unterminated " + (triple ? "triple-quoted " : "") + what + " literal (detected at line " + line + ")",
                s, s);
        fTop = 0;
        fStrings = 0;
        depth = 0;
    }

    /** Lexes literal text of an f-string or of a format spec (top frame TEXT or SPEC). */
    private boolean lexFStringText() {
        int top = fTop - 1;
        int sf = stringFrame();
        boolean spec = fKind[top] == SPEC;
        char q = fQuote[sf];
        boolean triple = fTriple[sf];
        boolean raw = fRaw[sf];
        TokenKind middle = fTemplate[sf] ? TokenKind.TSTRING_MIDDLE : TokenKind.FSTRING_MIDDLE;
        int s = pos;
        while (pos < n) {
            char c = src[pos];
            if (c == q && (!triple || pos + 2 < n && src[pos + 1] == q && src[pos + 2] == q)) {
                if (pos > s) {
                    emit(middle, s, pos);
                }
                if (spec) {
                    // closing quote inside a format spec: the field was never closed
                    error("f-string: expecting '}'", pos, pos);
                    while (fTop - 1 > sf) {
                        fTop--;
                    }
                    depth = fBase[sf];
                }
                int e = pos + (triple ? 3 : 1);
                emit(fTemplate[sf] ? TokenKind.TSTRING_END : TokenKind.FSTRING_END, pos, e);
                pos = e;
                fTop = sf;
                fStrings--;
                return true;
            }
            if (c == '\\' && raw) {
                pos += pos + 1 < n && (src[pos + 1] == q || src[pos + 1] == '\\') ? 2 : 1;
                continue;
            }
            if (c == '\\' && !raw) {
                if (pos + 1 < n && src[pos + 1] == 'N' && pos + 2 < n && src[pos + 2] == '{') {
                    int close = pos + 3;
                    while (close < n && src[close] != '}' && src[close] != q && src[close] != '\n') {
                        close++;
                    }
                    pos = close < n && src[close] == '}' ? close + 1 : close;
                    continue;
                }
                if (pos + 1 < n && (src[pos + 1] == '\n' || src[pos + 1] == '\r')) {
                    pos = skipNewline(pos + 1);
                    newLine(pos);
                    continue;
                }
                pos += pos + 1 < n && src[pos + 1] != '{' && src[pos + 1] != '}' ? 2 : 1;
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (!triple) {
                    if (pos > s) {
                        emit(middle, s, pos);
                    }
                    if (spec) {
                        error("f-string: newlines are not allowed in format specifiers for single quoted f-strings",
                                pos, pos);
                    } else {
                        unterminatedAt(sf);
                    }
                    fTop = 0;
                    fStrings = 0;
                    depth = 0;
                    return true;
                }
                if (c == '\r' && pos + 1 < n && src[pos + 1] == '\n') {
                    pos++;
                }
                newLine(pos + 1);
                pos++;
                continue;
            }
            if (c == '{') {
                if (!spec && pos + 1 < n && src[pos + 1] == '{') {
                    pos += 2;
                    continue;
                }
                if (pos > s) {
                    emit(middle, s, pos);
                }
                emit(TokenKind.LBRACE, pos, pos + 1);
                pos++;
                if (fTop - sf > 2 * MAX_PAREN_DEPTH) {
                    error("f-string: expressions nested too deeply", pos - 1, pos);
                    stopped = true;
                    return false;
                }
                pushFrame(EXPR, q, triple, raw, fTemplate[sf], depth);
                return true;
            }
            if (c == '}') {
                if (!spec && pos + 1 < n && src[pos + 1] == '}') {
                    pos += 2;
                    continue;
                }
                if (pos > s) {
                    emit(middle, s, pos);
                }
                if (spec) {
                    emit(TokenKind.RBRACE, pos, pos + 1);
                    pos++;
                    fTop--;
                    return true;
                }
                error("f-string: single '}' is not allowed", pos, pos + 1);
                emit(TokenKind.UNKNOWN, pos, pos + 1);
                pos++;
                return true;
            }
            pos++;
        }
        if (pos > s) {
            emit(middle, s, pos);
        }
        unterminatedAt(sf);
        fTop = 0;
        fStrings = 0;
        depth = 0;
        return false;
    }

    private void unterminatedAt(int sf) {
        int s = fStart[sf];
        String what = fTemplate[sf] ? "t-string" : "f-string";
        error("unterminated " + (fTriple[sf] ? "triple-quoted " : "") + what + " literal (detected at line " + line
                + ")", s, s);
    }

    private void lexNumber() {
        int s = pos;
        char c = src[pos];
        boolean underscore = false;
        boolean bad = false;
        if (c == '0' && pos + 1 < n && "xXoObB".indexOf(src[pos + 1]) >= 0) {
            char base = Character.toLowerCase(src[pos + 1]);
            pos += 2;
            int digits = 0;
            while (pos < n) {
                char d = src[pos];
                if (d == '_') {
                    underscore = true;
                    if (pos + 1 >= n || !isDigitOfBase(src[pos + 1], base)) {
                        bad = true;
                        pos++;
                        break;
                    }
                    pos++;
                } else if (isDigitOfBase(d, base)) {
                    digits++;
                    pos++;
                } else {
                    break;
                }
            }
            if (digits == 0 || bad) {
                String name = base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary";
                error("invalid " + name + " literal", s, pos);
                emit(TokenKind.NUMBER, s, pos);
                return;
            }
            if (pos < n && (src[pos] == 'l' || src[pos] == 'L')) {
                pos++;
                diags.feature(PythonFeature.LONG_INTEGER_SUFFIX, s, pos);
            } else if (pos < n && base == 'o' && (src[pos] == '8' || src[pos] == '9')) {
                error("invalid digit '" + src[pos] + "' in octal literal", pos, pos + 1);
            } else if (pos < n && base == 'b' && src[pos] >= '2' && src[pos] <= '9') {
                error("invalid digit '" + src[pos] + "' in binary literal", pos, pos + 1);
            }
            endOfNumber(s, underscore, "invalid " + (base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary")
                    + " literal");
            return;
        }
        boolean isFloat = false;
        int intStart = pos;
        if (c != '.') {
            int r = digits();
            if (r < 0) {
                bad = true;
            } else if (r == 1) {
                underscore = true;
            }
        }
        int intEnd = pos;
        if (!bad && pos < n && src[pos] == '.') {
            isFloat = true;
            pos++;
            if (pos < n && src[pos] >= '0' && src[pos] <= '9') {
                int r = digits();
                if (r < 0) {
                    bad = true;
                } else if (r == 1) {
                    underscore = true;
                }
            }
        }
        if (!bad && pos < n && (src[pos] == 'e' || src[pos] == 'E')) {
            int save = pos;
            pos++;
            if (pos < n && (src[pos] == '+' || src[pos] == '-')) {
                pos++;
            }
            if (pos < n && src[pos] >= '0' && src[pos] <= '9') {
                isFloat = true;
                int r = digits();
                if (r < 0) {
                    bad = true;
                } else if (r == 1) {
                    underscore = true;
                }
            } else {
                pos = save; // not an exponent: 'e' may start a keyword such as 'else'
            }
        }
        if (bad) {
            error("invalid decimal literal", s, pos);
            emit(TokenKind.NUMBER, s, pos);
            return;
        }
        if (pos < n && (src[pos] == 'j' || src[pos] == 'J')) {
            pos++;
            endOfNumber(s, underscore, "invalid imaginary literal");
            return;
        }
        if (!isFloat) {
            if (src[intStart] == '0' && intEnd - intStart > 1) {
                boolean allZero = true;
                for (int i = intStart; i < intEnd; i++) {
                    if (src[i] != '0' && src[i] != '_') {
                        allZero = false;
                        break;
                    }
                }
                if (!allZero) {
                    boolean octal = true;
                    for (int i = intStart; i < intEnd; i++) {
                        if (src[i] == '8' || src[i] == '9') {
                            octal = false;
                        }
                    }
                    if (octal) {
                        diags.feature(PythonFeature.OLD_OCTAL_LITERAL, s, intEnd);
                    } else {
                        error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
                                + "octal integers", s, intEnd);
                    }
                }
            }
            if (pos < n && (src[pos] == 'l' || src[pos] == 'L')) {
                pos++;
                diags.feature(PythonFeature.LONG_INTEGER_SUFFIX, s, pos);
            }
        }
        endOfNumber(s, underscore, "invalid decimal literal");
    }

    private void endOfNumber(int s, boolean underscore, String message) {
        if (underscore) {
            diags.feature(PythonFeature.NUMERIC_UNDERSCORES, s, pos);
        }
        if (pos < n) {
            char c = src[pos];
            boolean identLike = isIdentPart(c) || c >= 0x80 && isUnicodeIdPart(Character.codePointAt(src, pos));
            if (identLike && !keywordFollows()) {
                int e = pos;
                while (e < n && isIdentPart(src[e])) {
                    e++;
                }
                error(message, s, Math.max(e, pos + 1));
                emit(TokenKind.NUMBER, s, pos);
                return;
            }
        }
        emit(TokenKind.NUMBER, s, pos);
    }

    private static final String[] NUMBER_SUFFIX_KEYWORDS = {"and", "else", "for", "if", "in", "is", "not", "or"};

    private boolean keywordFollows() {
        for (String kw : NUMBER_SUFFIX_KEYWORDS) {
            int e = pos + kw.length();
            if (e <= n) {
                boolean same = true;
                for (int i = 0; i < kw.length(); i++) {
                    if (src[pos + i] != kw.charAt(i)) {
                        same = false;
                        break;
                    }
                }
                if (same) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Lexes decimal digits with single underscores; returns 0 ok, 1 ok with underscores, -1 bad. */
    private int digits() {
        int r = 0;
        while (pos < n) {
            char d = src[pos];
            if (d >= '0' && d <= '9') {
                pos++;
            } else if (d == '_') {
                if (pos + 1 < n && src[pos + 1] >= '0' && src[pos + 1] <= '9') {
                    r = 1;
                    pos++;
                } else {
                    pos++;
                    return -1;
                }
            } else {
                break;
            }
        }
        return r;
    }

    private static boolean isDigitOfBase(char d, char base) {
        return switch (base) {
            case 'x' -> d >= '0' && d <= '9' || d >= 'a' && d <= 'f' || d >= 'A' && d <= 'F';
            case 'o' -> d >= '0' && d <= '7';
            default -> d == '0' || d == '1';
        };
    }

    private char peek(int k) {
        int p = pos + k;
        return p < n ? src[p] : '\0';
    }

    private int unclosed = -1;

    /** Offset of the innermost bracket left open at the end of input, or -1. */
    public int unclosedBracket() {
        return unclosed;
    }

    /** The deepest bracket or f-string nesting seen: callers use it to pick a thread with a larger stack. */
    public int maxNesting() {
        return maxNesting;
    }

    private int maxNesting;

    private void open(char c, int s) {
        if (depth + fStrings >= maxNesting) {
            maxNesting = depth + fStrings + 1;
        }
        if (depth < MAX_PAREN_DEPTH) {
            parenStack[depth] = c;
            parenPos[depth] = s;
            parenLine[depth] = line;
        } else if (!tooDeepReported) {
            tooDeepReported = true;
            error("too many nested parentheses", s, s + 1);
            stopped = true;
        }
        depth++;
    }

    private void close(char c, int s) {
        if (depth == 0) {
            error("unmatched '" + c + "'", s, s + 1);
            return;
        }
        depth--;
        if (depth < MAX_PAREN_DEPTH) {
            char o = parenStack[depth];
            char want = o == '(' ? ')' : o == '[' ? ']' : '}';
            if (want != c) {
                int l1 = parenLine[depth];
                int l2 = line;
                error("closing parenthesis '" + c + "' does not match opening parenthesis '" + o + "'"
                        + (l1 != l2 ? " on line " + l1 : ""), s, s + 1);
            }
        }
    }

    private void lexOperator(char c, int s) {
        TokenKind k;
        int len = 1;
        char c1 = peek(1);
        char c2 = peek(2);
        switch (c) {
            case '(' -> {
                k = TokenKind.LPAR;
                open(c, s);
            }
            case '[' -> {
                k = TokenKind.LSQB;
                open(c, s);
            }
            case '{' -> {
                k = TokenKind.LBRACE;
                open(c, s);
            }
            case ')' -> {
                k = TokenKind.RPAR;
                close(c, s);
            }
            case ']' -> {
                k = TokenKind.RSQB;
                close(c, s);
            }
            case '}' -> {
                if (inFieldExpr() && depth == fBase[fTop - 1]) {
                    emit(TokenKind.RBRACE, s, s + 1);
                    pos = s + 1;
                    fTop--;
                    return;
                }
                k = TokenKind.RBRACE;
                close(c, s);
            }
            case ':' -> {
                if (inFieldExpr() && depth == fBase[fTop - 1]) {
                    emit(TokenKind.COLON, s, s + 1);
                    pos = s + 1;
                    fKind[fTop - 1] = SPEC;
                    return;
                }
                if (c1 == '=') {
                    k = TokenKind.COLONEQUAL;
                    len = 2;
                } else {
                    k = TokenKind.COLON;
                }
            }
            case ',' -> k = TokenKind.COMMA;
            case ';' -> k = TokenKind.SEMI;
            case '~' -> k = TokenKind.TILDE;
            case '`' -> k = TokenKind.BACKQUOTE;
            case '+' -> {
                k = c1 == '=' ? TokenKind.PLUSEQUAL : TokenKind.PLUS;
                len = c1 == '=' ? 2 : 1;
            }
            case '-' -> {
                if (c1 == '=') {
                    k = TokenKind.MINEQUAL;
                    len = 2;
                } else if (c1 == '>') {
                    k = TokenKind.RARROW;
                    len = 2;
                } else {
                    k = TokenKind.MINUS;
                }
            }
            case '*' -> {
                if (c1 == '*') {
                    k = c2 == '=' ? TokenKind.DOUBLESTAREQUAL : TokenKind.DOUBLESTAR;
                    len = c2 == '=' ? 3 : 2;
                } else {
                    k = c1 == '=' ? TokenKind.STAREQUAL : TokenKind.STAR;
                    len = c1 == '=' ? 2 : 1;
                }
            }
            case '/' -> {
                if (c1 == '/') {
                    k = c2 == '=' ? TokenKind.DOUBLESLASHEQUAL : TokenKind.DOUBLESLASH;
                    len = c2 == '=' ? 3 : 2;
                } else {
                    k = c1 == '=' ? TokenKind.SLASHEQUAL : TokenKind.SLASH;
                    len = c1 == '=' ? 2 : 1;
                }
            }
            case '%' -> {
                k = c1 == '=' ? TokenKind.PERCENTEQUAL : TokenKind.PERCENT;
                len = c1 == '=' ? 2 : 1;
            }
            case '&' -> {
                k = c1 == '=' ? TokenKind.AMPEREQUAL : TokenKind.AMPER;
                len = c1 == '=' ? 2 : 1;
            }
            case '|' -> {
                k = c1 == '=' ? TokenKind.VBAREQUAL : TokenKind.VBAR;
                len = c1 == '=' ? 2 : 1;
            }
            case '^' -> {
                k = c1 == '=' ? TokenKind.CIRCUMFLEXEQUAL : TokenKind.CIRCUMFLEX;
                len = c1 == '=' ? 2 : 1;
            }
            case '@' -> {
                k = c1 == '=' ? TokenKind.ATEQUAL : TokenKind.AT;
                len = c1 == '=' ? 2 : 1;
            }
            case '=' -> {
                k = c1 == '=' ? TokenKind.EQEQUAL : TokenKind.EQUAL;
                len = c1 == '=' ? 2 : 1;
            }
            case '!' -> {
                if (c1 == '=') {
                    k = TokenKind.NOTEQUAL;
                    len = 2;
                } else if (fTop > 0) {
                    k = TokenKind.EXCLAMATION;
                } else {
                    k = TokenKind.EXCLAMATION;
                    error("invalid syntax", s, s + 1);
                }
            }
            case '<' -> {
                if (c1 == '<') {
                    k = c2 == '=' ? TokenKind.LEFTSHIFTEQUAL : TokenKind.LEFTSHIFT;
                    len = c2 == '=' ? 3 : 2;
                } else if (c1 == '=') {
                    k = TokenKind.LESSEQUAL;
                    len = 2;
                } else if (c1 == '>') {
                    k = TokenKind.LESSGREATER;
                    len = 2;
                } else {
                    k = TokenKind.LESS;
                }
            }
            case '>' -> {
                if (c1 == '>') {
                    k = c2 == '=' ? TokenKind.RIGHTSHIFTEQUAL : TokenKind.RIGHTSHIFT;
                    len = c2 == '=' ? 3 : 2;
                } else if (c1 == '=') {
                    k = TokenKind.GREATEREQUAL;
                    len = 2;
                } else {
                    k = TokenKind.GREATER;
                }
            }
            case '.' -> {
                if (c1 == '.' && c2 == '.') {
                    k = TokenKind.ELLIPSIS;
                    len = 3;
                } else {
                    k = TokenKind.DOT;
                }
            }
            default -> {
                k = TokenKind.UNKNOWN;
                if (c == '\\') {
                    error("unexpected character after line continuation character", s, s + 1);
                } else if (c < 0x20 || c == 0x7f) {
                    error(String.format("invalid non-printable character U+%04X", (int) c), s, s + 1);
                } else {
                    error("invalid syntax", s, s + 1);
                }
            }
        }
        pos = s + len;
        emit(k, s, pos);
    }
}
