package dev.anvilcheck.python.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes Python source bytes to text following PEP 263: a UTF-8 BOM, a coding declaration in the first two lines,
 * UTF-8 by default. Never throws: problems are recorded and undecodable bytes become U+FFFD.
 */
public final class SourceDecoder {

    private SourceDecoder() {
    }

    /** Decodes {@code bytes}, recording problems (with char offsets into the result) in {@code diags}. */
    public static String decode(byte[] bytes, Diagnostics diags) {
        int offset = 0;
        boolean bom = false;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            offset = 3;
            bom = true;
        }
        String declared = findCookie(bytes, offset);
        Charset charset = StandardCharsets.UTF_8;
        String problem = null;
        if (declared != null) {
            String norm = normalize(declared);
            String lower = declared.toLowerCase(Locale.ROOT).replace('_', '-');
            if (bom && !lower.equals("utf-8") && !lower.startsWith("utf-8-")) {
                problem = "encoding problem: " + declared + " with BOM";
            } else {
                Charset cs = lookup(norm);
                if (cs == null) {
                    problem = "unknown encoding: " + declared;
                } else {
                    charset = cs;
                }
            }
        }
        String text = decodeWith(bytes, offset, charset, declared == null, diags);
        if (problem != null) {
            diags.error(problem, 0, 0);
        }
        return text;
    }

    private static String decodeWith(byte[] bytes, int offset, Charset charset, boolean defaulted, Diagnostics diags) {
        CharsetDecoder dec = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) ((bytes.length - offset) * (double) dec.maxCharsPerByte()) + 16));
        boolean reported = false;
        try {
            while (true) {
                CoderResult r = dec.decode(in, out, true);
                if (r.isUnderflow()) {
                    dec.flush(out);
                    break;
                }
                if (r.isOverflow()) {
                    CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
                    out.flip();
                    bigger.put(out);
                    out = bigger;
                    continue;
                }
                if (!reported) {
                    reported = true;
                    int bad = bytes[in.position()] & 0xff;
                    int line = 1;
                    for (int i = offset; i < in.position(); i++) {
                        if (bytes[i] == '\n') {
                            line++;
                        }
                    }
                    String msg = defaulted
                            ? String.format("Non-UTF-8 code starting with '\\x%02x' on line %d, but no encoding "
                                    + "declared; see https://peps.python.org/pep-0263/ for details", bad, line)
                            : String.format("(unicode error) '%s' codec can't decode byte 0x%02x in position %d",
                                    charset.name().toLowerCase(Locale.ROOT), bad, in.position() - offset);
                    diags.error(msg, out.position(), out.position() + 1);
                }
                int skip = Math.max(1, r.length());
                in.position(in.position() + skip);
                if (out.remaining() < 1) {
                    CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
                    out.flip();
                    bigger.put(out);
                    out = bigger;
                }
                out.put('\uFFFD');
            }
        } catch (RuntimeException e) {
            diags.error("cannot decode source: " + e.getClass().getSimpleName(), 0, 0);
        }
        out.flip();
        return out.toString();
    }

    /** Returns the declared encoding name in the first two lines, or null. */
    static String findCookie(byte[] b, int offset) {
        int pos = offset;
        for (int lineNo = 0; lineNo < 2 && pos < b.length; lineNo++) {
            int end = pos;
            while (end < b.length && b[end] != '\n' && b[end] != '\r') {
                end++;
            }
            int i = pos;
            while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\f')) {
                i++;
            }
            if (i < end && b[i] == '#') {
                String name = cookieIn(b, i, end);
                if (name != null) {
                    return name;
                }
            } else if (i < end) {
                return null; // code on the first line: the second line is not consulted
            }
            pos = end;
            if (pos < b.length && b[pos] == '\r') {
                pos++;
            }
            if (pos < b.length && b[pos] == '\n') {
                pos++;
            }
        }
        return null;
    }

    private static String cookieIn(byte[] b, int from, int end) {
        for (int i = from; i + 6 <= end; i++) {
            if (b[i] == 'c' && b[i + 1] == 'o' && b[i + 2] == 'd' && b[i + 3] == 'i' && b[i + 4] == 'n'
                    && b[i + 5] == 'g' && i + 6 < end && (b[i + 6] == ':' || b[i + 6] == '=')) {
                int j = i + 7;
                while (j < end && (b[j] == ' ' || b[j] == '\t')) {
                    j++;
                }
                int k = j;
                while (k < end && (Character.isLetterOrDigit(b[k]) || b[k] == '-' || b[k] == '_' || b[k] == '.')) {
                    k++;
                }
                if (k > j) {
                    return new String(b, j, k - j, StandardCharsets.ISO_8859_1);
                }
            }
        }
        return null;
    }

    private static String normalize(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("utf-8") || n.startsWith("utf-8-") || n.equals("utf8")) {
            return "utf-8";
        }
        if (n.equals("latin-1") || n.equals("iso-8859-1") || n.equals("iso-latin-1") || n.startsWith("latin-1-")
                || n.startsWith("iso-8859-1-") || n.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return n;
    }

    private static Charset lookup(String norm) {
        String n = switch (norm) {
            case "utf-8", "utf8", "u8" -> "UTF-8";
            case "iso-8859-1", "latin1", "latin", "l1", "8859", "cp819" -> "ISO-8859-1";
            case "ascii", "us-ascii", "646" -> "US-ASCII";
            case "cp1252", "windows-1252" -> "windows-1252";
            case "euc-jp", "eucjp" -> "EUC-JP";
            case "shift-jis", "sjis", "shiftjis" -> "Shift_JIS";
            case "utf-16" -> "UTF-16";
            default -> norm;
        };
        try {
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
