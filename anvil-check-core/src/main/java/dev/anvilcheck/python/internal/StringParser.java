package dev.anvilcheck.python.internal;

import static dev.anvilcheck.python.TokenKind.*;

import dev.anvilcheck.python.PythonFeature;
import dev.anvilcheck.python.TextRange;
import dev.anvilcheck.python.TokenKind;
import dev.anvilcheck.python.ast.ConstantValue;
import dev.anvilcheck.python.ast.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses a run of adjacent string, bytes, f-string and t-string tokens into one expression. */
final class StringParser {

    private final Parser p;
    private final char[] src;
    private boolean surrogates;
    /** The literal being decoded is a plain str (no u, b prefix): Python 2 read it as bytes. */
    private boolean plainStr;

    /** One literal piece before merging: text with its range, or a replacement field. */
    private record Piece(String text, Expr field, int start, int end) {
    }

    StringParser(Parser parser) {
        this.p = parser;
        this.src = parser.src();
    }

    Expr parse() {
        int s = p.tstart();
        List<Piece> pieces = new ArrayList<>();
        boolean anyBytes = false;
        boolean anyStr = false;
        boolean anyF = false;
        boolean anyT = false;
        boolean first = true;
        boolean kindU = false;
        boolean plainPieces = false;
        while (true) {
            TokenKind t = p.tk();
            if (t == STRING) {
                int ts = p.tstart();
                int te = p.tend();
                int q = ts;
                int flags = 0;
                while (src[q] != '\'' && src[q] != '"') {
                    switch (Character.toLowerCase(src[q])) {
                        case 'r' -> flags |= Lexer.P_RAW;
                        case 'b' -> flags |= Lexer.P_BYTES;
                        case 'u' -> flags |= Lexer.P_U;
                        default -> {
                        }
                    }
                    q++;
                }
                if (first && (flags & Lexer.P_U) != 0 && src[ts] == 'u') {
                    kindU = true;
                }
                boolean triple = te - q >= 6 && src[q + 1] == src[q] && src[q + 2] == src[q];
                int qlen = triple ? 3 : 1;
                boolean bytes = (flags & Lexer.P_BYTES) != 0;
                anyBytes |= bytes;
                anyStr |= !bytes;
                plainStr = (flags & (Lexer.P_U | Lexer.P_BYTES)) == 0;
                String text = decode(q + qlen, te - qlen, (flags & Lexer.P_RAW) != 0, bytes, ts);
                plainStr = false;
                pieces.add(new Piece(text, null, ts, te));
                plainPieces = true;
                p.next();
            } else if (t == FSTRING_START || t == TSTRING_START) {
                boolean template = t == TSTRING_START;
                anyF |= !template;
                anyT |= template;
                anyStr = true;
                fstring(pieces, template);
            } else {
                break;
            }
            first = false;
        }
        int e = p.prevEndOffset();
        TextRange range = new TextRange(s, e);
        if (anyBytes && anyStr) {
            p.reportError("cannot mix bytes and nonbytes literals", s, e);
        }
        if (anyT && (anyF || plainPieces)) {
            p.reportError("cannot mix t-string literals with string or bytes literals", s, e);
        }
        if (!anyF && !anyT) {
            String all = joined(pieces);
            ConstantValue v = anyBytes && !anyStr ? new ConstantValue.Bytes(all) : p.strValue(all, surrogates);
            return new Expr.Constant(range, v, kindU ? Optional.of("u") : Optional.empty());
        }
        List<Expr> values = merge(pieces);
        return anyT ? new Expr.TemplateStr(range, values) : new Expr.JoinedStr(range, values);
    }

    /** The texts of plain literal pieces, concatenated (the one text itself when there is one: no copy). */
    private static String joined(List<Piece> pieces) {
        if (pieces.size() == 1) {
            return pieces.get(0).text;
        }
        int length = 0;
        for (Piece piece : pieces) {
            length += piece.text.length();
        }
        StringBuilder sb = new StringBuilder(length);
        for (Piece piece : pieces) {
            sb.append(piece.text);
        }
        return sb.toString();
    }

    private List<Expr> merge(List<Piece> pieces) {
        List<Expr> values = new ArrayList<>();
        StringBuilder buf = null;
        int bs = 0;
        int be = 0;
        for (Piece piece : pieces) {
            if (piece.field == null) {
                if (piece.text.isEmpty()) {
                    continue;
                }
                if (buf == null) {
                    buf = new StringBuilder();
                    bs = piece.start;
                }
                buf.append(piece.text);
                be = piece.end;
            } else {
                if (buf != null) {
                    values.add(new Expr.Constant(new TextRange(bs, be), p.strValue(buf.toString(), surrogates),
                            Optional.empty()));
                    buf = null;
                }
                values.add(piece.field);
            }
        }
        if (buf != null) {
            values.add(new Expr.Constant(new TextRange(bs, be), p.strValue(buf.toString(), surrogates),
                    Optional.empty()));
        }
        return List.copyOf(values);
    }

    /** Parses FSTRING_START ... FSTRING_END, appending pieces. */
    private void fstring(List<Piece> pieces, boolean template) {
        int ts = p.tstart();
        int q = ts;
        boolean raw = false;
        while (src[q] != '\'' && src[q] != '"') {
            if (src[q] == 'r' || src[q] == 'R') {
                raw = true;
            }
            q++;
        }
        TokenKind middle = template ? TSTRING_MIDDLE : FSTRING_MIDDLE;
        TokenKind end = template ? TSTRING_END : FSTRING_END;
        p.next();
        while (true) {
            TokenKind t = p.tk();
            if (t == middle) {
                pieces.add(new Piece(decodeMiddle(p.tstart(), p.tend(), raw, false), null, p.tstart(), p.tend()));
                p.next();
            } else if (t == LBRACE) {
                replacementField(pieces, raw, template);
            } else if (t == end) {
                p.next();
                return;
            } else {
                throw p.failHere(t == ENDMARKER || t == NEWLINE || t == UNKNOWN ? "unterminated f-string literal"
                        : "f-string: expecting '}'");
            }
        }
    }

    private void replacementField(List<Piece> pieces, boolean raw, boolean template) {
        int fs = p.tstart();
        int exprStart = p.tend();
        p.next();
        p.enterNesting();
        try {
            if (p.tk() == RBRACE) {
                throw p.failHere("f-string: valid expression required before '}'");
            }
            Expr value = p.fieldExpression();
            int exprEnd = p.prevEndOffset();
            String debugText = null;
            if (p.tk() == EQUAL) {
                p.reportFeature(PythonFeature.FSTRING_SELF_DOCUMENTING, p.tstart(), p.tend());
                p.next();
                int dEnd = p.tstart();
                debugText = normalizeNewlines(new String(src, exprStart, dEnd - exprStart));
            }
            int conversion = -1;
            if (p.tk() == EXCLAMATION) {
                int bang = p.tend();
                p.next();
                if (p.tk() != NAME || p.tstart() != bang) {
                    throw p.failHere("f-string: missing conversion character");
                }
                String c = new String(src, p.tstart(), p.tend() - p.tstart());
                if (!c.equals("r") && !c.equals("s") && !c.equals("a")) {
                    throw p.failHere("f-string: invalid conversion character '" + c
                            + "': expected 's', 'r', or 'a'");
                }
                conversion = c.charAt(0);
                p.next();
            }
            Optional<Expr> spec = Optional.empty();
            if (p.tk() == COLON) {
                int cs = p.tstart();
                p.next();
                List<Piece> specPieces = new ArrayList<>();
                TokenKind middle = template ? TSTRING_MIDDLE : FSTRING_MIDDLE;
                while (true) {
                    TokenKind t = p.tk();
                    if (t == middle) {
                        specPieces.add(new Piece(decodeMiddle(p.tstart(), p.tend(), raw, true), null, p.tstart(),
                                p.tend()));
                        p.next();
                    } else if (t == LBRACE) {
                        replacementField(specPieces, raw, template);
                    } else {
                        break;
                    }
                }
                int specEnd = p.tk() == RBRACE ? p.tstart() : p.prevEndOffset();
                List<Expr> specValues = merge(specPieces);
                spec = Optional.of(template ? new Expr.TemplateStr(new TextRange(cs, specEnd), specValues)
                        : new Expr.JoinedStr(new TextRange(cs, specEnd), specValues));
            }
            if (p.tk() != RBRACE) {
                throw p.failHere("f-string: expecting '}'");
            }
            p.next();
            int fe = p.prevEndOffset();
            if (debugText != null) {
                pieces.add(new Piece(debugText, null, exprStart, exprEnd + (p.prevEndOffset() - exprEnd)
                        - (fe - exprStart > 0 ? 0 : 0)));
                fixDebugEnd(pieces, exprStart, debugText);
                if (conversion == -1 && spec.isEmpty()) {
                    conversion = 'r';
                }
            }
            TextRange range = new TextRange(fs, fe);
            Expr field;
            if (template) {
                field = new Expr.Interpolation(range, value,
                        normalizeNewlines(new String(src, exprStart, exprEnd - exprStart)).strip(), conversion,
                        spec);
            } else {
                field = new Expr.FormattedValue(range, value, conversion, spec);
            }
            pieces.add(new Piece(null, field, fs, fe));
        } finally {
            p.leaveNesting();
        }
    }

    /** The debug text piece ends right after the '=' (start + text length in source chars). */
    private void fixDebugEnd(List<Piece> pieces, int exprStart, String debugText) {
        Piece last = pieces.remove(pieces.size() - 1);
        int end = exprStart;
        int i = exprStart;
        // walk source to the '=' that ends the debug text: its length in source chars
        int wanted = debugText.length();
        int seen = 0;
        while (seen < wanted && i < src.length) {
            if (src[i] == '\r' && i + 1 < src.length && src[i + 1] == '\n') {
                i++;
            }
            i++;
            seen++;
        }
        end = i;
        pieces.add(new Piece(last.text, null, last.start, end));
    }

    private static String normalizeNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Decodes f-string literal text: doubled braces (outside specs) and escapes. */
    private String decodeMiddle(int s, int e, boolean raw, boolean spec) {
        StringBuilder sb = new StringBuilder(e - s);
        int i = s;
        while (i < e) {
            char c = src[i];
            if (!spec && (c == '{' || c == '}') && i + 1 < e && src[i + 1] == c) {
                sb.append(c);
                i += 2;
                continue;
            }
            if (c == '\\' && !raw) {
                i = escape(i, e, false, sb, s);
                continue;
            }
            if (c == '\r') {
                sb.append('\n');
                i += i + 1 < e && src[i + 1] == '\n' ? 2 : 1;
                continue;
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    /** Decodes the body of a string or bytes literal. */
    String decode(int s, int e, boolean raw, boolean bytes, int tokenStart) {
        boolean simple = true;
        for (int i = s; i < e; i++) {
            char c = src[i];
            if (c == '\\' && !raw || c == '\r' || bytes && c >= 0x80) {
                simple = false;
                break;
            }
        }
        if (simple) {
            return new String(src, s, e - s);
        }
        StringBuilder sb = new StringBuilder(e - s);
        int i = s;
        boolean reportedNonAscii = false;
        while (i < e) {
            char c = src[i];
            if (c == '\\' && !raw) {
                i = escape(i, e, bytes, sb, s);
                continue;
            }
            if (c == '\r') {
                sb.append('\n');
                i += i + 1 < e && src[i + 1] == '\n' ? 2 : 1;
                continue;
            }
            if (bytes && c >= 0x80 && !reportedNonAscii) {
                reportedNonAscii = true;
                p.reportError("bytes can only contain ASCII literal characters", tokenStart, e + 1);
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    /** Decodes one escape at {@code i} (a backslash); returns the index after it. */
    private int escape(int i, int e, boolean bytes, StringBuilder sb, int bodyStart) {
        if (i + 1 >= e) {
            sb.append('\\');
            return i + 1;
        }
        char d = src[i + 1];
        switch (d) {
            case '\n' -> {
                return i + 2;
            }
            case '\r' -> {
                return i + 2 < e && src[i + 2] == '\n' ? i + 3 : i + 2;
            }
            case '\\' -> sb.append('\\');
            case '\'' -> sb.append('\'');
            case '"' -> sb.append('"');
            case 'a' -> sb.append('\u0007');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'v' -> sb.append('\u000b');
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                int v = 0;
                int j = i + 1;
                while (j < e && j < i + 4 && src[j] >= '0' && src[j] <= '7') {
                    v = v * 8 + (src[j] - '0');
                    j++;
                }
                sb.append((char) (bytes ? v & 0xff : v));
                return j;
            }
            case 'x' -> {
                return hex(i, e, 2, sb, bytes ? "(value error) invalid \\x escape at position " + (i - bodyStart)
                        : "(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - bodyStart)
                                + "-" + (i - bodyStart + 1) + ": truncated \\xXX escape");
            }
            case 'u', 'U' -> {
                if (bytes) {
                    sb.append('\\').append(d);
                    return i + 2;
                }
                int len = d == 'u' ? 4 : 8;
                return hex(i, e, len, sb, "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        + (i - bodyStart) + "-" + (i - bodyStart + 1) + ": truncated \\" + d
                        + "X".repeat(len) + " escape");
            }
            case 'N' -> {
                if (bytes) {
                    sb.append('\\').append(d);
                    return i + 2;
                }
                int j = i + 2;
                if (j < e && src[j] == '{') {
                    int close = j + 1;
                    while (close < e && src[close] != '}') {
                        close++;
                    }
                    if (close < e) {
                        String name = new String(src, j + 1, close - j - 1);
                        int cp = namedCodePoint(name);
                        if (cp >= 0) {
                            sb.appendCodePoint(cp);
                            return close + 1;
                        }
                    }
                }
                unicodeEscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        + (i - bodyStart) + "-" + (i - bodyStart + 1) + ": malformed \\N character escape", i, i + 2);
                return i + 2;
            }
            default -> {
                sb.append('\\');
                return i + 1;
            }
        }
        return i + 2;
    }

    /** Looks up a Unicode character name as Python's \N escape does; -1 when unknown. */
    static int namedCodePoint(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        for (String prefix : new String[] {"CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-"}) {
            if (upper.startsWith(prefix) && upper.length() - prefix.length() >= 4
                    && upper.length() - prefix.length() <= 5) {
                try {
                    int cp = Integer.parseInt(upper.substring(prefix.length()), 16);
                    return Character.isIdeographic(cp) || Character.isDefined(cp) ? cp : -1;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException ex) {
            return -1;
        }
    }

    private void unicodeEscapeError(String message, int s, int e) {
        if (plainStr) {
            p.reportFeature(PythonFeature.STR_UNICODE_ESCAPE, s, e);
        } else {
            p.reportError(message, s, e);
        }
    }

    private int hex(int i, int e, int len, StringBuilder sb, String error) {
        int v = 0;
        int j = i + 2;
        for (int c = 0; c < len; c++, j++) {
            int dv = j < e ? Character.digit(src[j], 16) : -1;
            if (dv < 0) {
                if (len == 2) {
                    p.reportError(error, i, j);
                } else {
                    unicodeEscapeError(error, i, j);
                }
                return j;
            }
            v = v * 16 + dv;
        }
        if (v > 0x10FFFF || v < 0) {
            unicodeEscapeError("(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character",
                    i, j);
            return j;
        }
        if (v >= 0xD800 && v <= 0xDFFF) {
            surrogates = true;
        }
        sb.appendCodePoint(v);
        return j;
    }
}
