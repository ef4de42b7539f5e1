package dev.anvilcheck.python.internal;

import dev.anvilcheck.python.ast.ConstantValue;
import java.math.BigInteger;

/** Converts the text of a NUMBER token to its value, in time linear in its length. */
final class NumberParser {

    /** CPython's default limit on decimal digits converted to an int (3.11+, 3.10.7+). */
    static final int MAX_STR_DIGITS = 4300;

    /** Shared values of the small ints (generated data is full of them; the records are immutable). */
    private static final ConstantValue.Int[] SMALL = new ConstantValue.Int[1024];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new ConstantValue.Int(BigInteger.valueOf(i));
        }
    }

    private NumberParser() {
    }

    /** Whether the literal is a decimal integer too long to convert (CPython raises a SyntaxError). */
    static boolean tooManyDigits(char[] src, int s, int e) {
        if (e - s <= MAX_STR_DIGITS) {
            return false;
        }
        if (src[s] == '0' && s + 1 < e && "xXoObB".indexOf(src[s + 1]) >= 0) {
            return false;
        }
        int digits = 0;
        for (int i = s; i < e; i++) {
            char c = src[i];
            if (c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J') {
                return false;
            }
            if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        return digits > MAX_STR_DIGITS;
    }

    static ConstantValue parse(char[] src, int s, int e) {
        // fast path: plain decimal digits fitting a long (no string, and no new object for the small ones)
        if (e > s && e - s < 19 && (src[s] != '0' || e - s == 1)) {
            long v = 0;
            int i = s;
            while (i < e && src[i] >= '0' && src[i] <= '9') {
                v = v * 10 + (src[i] - '0');
                i++;
            }
            if (i == e) {
                return v < SMALL.length ? SMALL[(int) v] : new ConstantValue.Int(BigInteger.valueOf(v));
            }
        }
        StringBuilder sb = new StringBuilder(e - s);
        for (int i = s; i < e; i++) {
            if (src[i] != '_') {
                sb.append(src[i]);
            }
        }
        String t = sb.toString();
        try {
            if (t.isEmpty()) {
                return SMALL[0];
            }
            char last = t.charAt(t.length() - 1);
            if (last == 'j' || last == 'J') {
                return new ConstantValue.Complex(parseDouble(t.substring(0, t.length() - 1)));
            }
            if (last == 'l' || last == 'L') {
                t = t.substring(0, t.length() - 1);
            }
            if (t.length() > 1 && t.charAt(0) == '0' && "xXoObB".indexOf(t.charAt(1)) >= 0) {
                char b = Character.toLowerCase(t.charAt(1));
                int bits = b == 'x' ? 4 : b == 'o' ? 3 : 1;
                return new ConstantValue.Int(powerOfTwoRadix(t.substring(2), bits));
            }
            if (t.indexOf('.') >= 0 || t.indexOf('e') >= 0 || t.indexOf('E') >= 0) {
                return new ConstantValue.Float(parseDouble(t));
            }
            if (t.length() > 1 && t.charAt(0) == '0') {
                boolean octal = true;
                for (int i = 0; i < t.length(); i++) {
                    if (t.charAt(i) > '7') {
                        octal = false;
                    }
                }
                if (octal) {
                    return new ConstantValue.Int(powerOfTwoRadix(t, 3));
                }
            }
            if (t.length() > MAX_STR_DIGITS) {
                return new ConstantValue.Int(BigInteger.ZERO);
            }
            if (t.length() < 18) {
                return new ConstantValue.Int(BigInteger.valueOf(Long.parseLong(t)));
            }
            return new ConstantValue.Int(new BigInteger(t));
        } catch (NumberFormatException ex) {
            return new ConstantValue.Int(BigInteger.ZERO);
        }
    }

    private static double parseDouble(String t) {
        return t.isEmpty() ? 0.0 : Double.parseDouble(t);
    }

    /** Parses digits of radix 2^bits in linear time. */
    private static BigInteger powerOfTwoRadix(String digits, int bits) {
        if (digits.isEmpty()) {
            return BigInteger.ZERO;
        }
        int n = digits.length();
        long totalBits = (long) n * bits;
        byte[] out = new byte[(int) ((totalBits + 7) / 8) + 1];
        long bitPos = 0;
        for (int i = n - 1; i >= 0; i--) {
            int v = Character.digit(digits.charAt(i), 1 << bits);
            if (v < 0) {
                return BigInteger.ZERO;
            }
            for (int b = 0; b < bits; b++) {
                if ((v >> b & 1) != 0) {
                    long bp = bitPos + b;
                    int byteIndex = out.length - 1 - (int) (bp / 8);
                    out[byteIndex] |= (byte) (1 << (bp % 8));
                }
            }
            bitPos += bits;
        }
        return new BigInteger(1, out);
    }
}
