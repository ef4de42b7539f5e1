package dev.anvilcheck.python.internal;

import dev.anvilcheck.python.TokenKind;
import java.util.Arrays;

/** Interns identifier texts by char range without allocating for repeats; knows the hard keywords. */
final class NameTable {

    private String[] names = new String[256];
    private int[] slots = new int[512]; // index+1 into names, 0 = empty
    private TokenKind[] kinds = new TokenKind[256];
    private int count;

    NameTable() {
        for (TokenKind k : TokenKind.values()) {
            if (k.isKeyword()) {
                String text = switch (k) {
                    case FALSE -> "False";
                    case NONE -> "None";
                    case TRUE -> "True";
                    default -> k.name().toLowerCase(java.util.Locale.ROOT);
                };
                int id = intern(text.toCharArray(), 0, text.length());
                kinds[id] = k;
            }
        }
    }

    String name(int id) {
        return names[id];
    }

    /** The NFKC form of the name (CPython normalizes non-ASCII identifiers). */
    String normalized(int id) {
        String s = names[id];
        if (normalizedNames == null) {
            normalizedNames = new String[names.length];
        } else if (normalizedNames.length < names.length) {
            normalizedNames = Arrays.copyOf(normalizedNames, names.length);
        }
        String nn = normalizedNames[id];
        if (nn == null) {
            nn = s;
            for (int c = 0; c < s.length(); c++) {
                if (s.charAt(c) >= 0x80) {
                    nn = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
                    break;
                }
            }
            normalizedNames[id] = nn;
        }
        return nn;
    }

    private String[] normalizedNames;

    /** The keyword kind of the name, or NAME. */
    TokenKind kind(int id) {
        TokenKind k = kinds[id];
        return k == null ? TokenKind.NAME : k;
    }

    int intern(char[] buf, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + buf[i];
        }
        int mask = slots.length - 1;
        int i = (h ^ (h >>> 16)) & mask;
        while (true) {
            int s = slots[i];
            if (s == 0) {
                break;
            }
            String n = names[s - 1];
            if (n.length() == end - start && same(n, buf, start)) {
                return s - 1;
            }
            i = (i + 1) & mask;
        }
        if (count == names.length) {
            names = Arrays.copyOf(names, count * 2);
            kinds = Arrays.copyOf(kinds, count * 2);
        }
        names[count] = new String(buf, start, end - start);
        slots[i] = count + 1;
        count++;
        if (count * 2 > slots.length) {
            rehash();
        }
        return count - 1;
    }

    private static boolean same(String n, char[] buf, int start) {
        for (int k = 0; k < n.length(); k++) {
            if (n.charAt(k) != buf[start + k]) {
                return false;
            }
        }
        return true;
    }

    private void rehash() {
        int[] ns = new int[slots.length * 2];
        int mask = ns.length - 1;
        for (int id = 0; id < count; id++) {
            int h = names[id].hashCode();
            int i = (h ^ (h >>> 16)) & mask;
            while (ns[i] != 0) {
                i = (i + 1) & mask;
            }
            ns[i] = id + 1;
        }
        slots = ns;
    }
}
