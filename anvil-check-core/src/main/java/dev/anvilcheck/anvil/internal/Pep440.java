package dev.anvilcheck.anvil.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PEP 440 versions and specifiers, as far as requirement checks need them. Immutable values. */
final class Pep440 {

    private Pep440() {
    }

    private static final Pattern VERSION = Pattern.compile(
            "v?(?:(\\d+)!)?(\\d+(?:\\.\\d+)*)"
                    + "(?:[-_.]?(a|alpha|b|beta|c|rc|pre|preview)[-_.]?(\\d+)?)?"
                    + "(?:(?:-(\\d+))|(?:[-_.]?(post|rev|r)[-_.]?(\\d+)?))?"
                    + "(?:[-_.]?(dev)[-_.]?(\\d+)?)?"
                    + "(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?",
            Pattern.CASE_INSENSITIVE);

    /** A parsed version. Pre-release kinds: 0 a, 1 b, 2 rc; -1 none. */
    record Version(BigInteger epoch, List<BigInteger> release, int preKind, BigInteger pre, BigInteger post,
                   BigInteger dev, String local) implements Comparable<Version> {

        boolean isPre() {
            return preKind >= 0 || dev != null;
        }

        Version publicPart() {
            return new Version(epoch, release, preKind, pre, post, dev, "");
        }

        @Override
        public int compareTo(Version o) {
            int c = epoch.compareTo(o.epoch);
            if (c != 0) {
                return c;
            }
            int n = Math.max(release.size(), o.release.size());
            for (int i = 0; i < n; i++) {
                BigInteger a = i < release.size() ? release.get(i) : BigInteger.ZERO;
                BigInteger b = i < o.release.size() ? o.release.get(i) : BigInteger.ZERO;
                c = a.compareTo(b);
                if (c != 0) {
                    return c;
                }
            }
            c = Long.compare(preKey(), o.preKey());
            if (c == 0 && preKind >= 0) {
                c = pre.compareTo(o.pre);
            }
            if (c != 0) {
                return c;
            }
            c = cmpOpt(post, o.post, -1);
            if (c != 0) {
                return c;
            }
            c = cmpOpt(dev, o.dev, 1);
            if (c != 0) {
                return c;
            }
            return local.compareTo(o.local);
        }

        /** dev-only releases sort before pre-releases, which sort before the final release. */
        private long preKey() {
            if (preKind >= 0) {
                return preKind;
            }
            if (dev != null && post == null) {
                return -1;
            }
            return 3;
        }

        private static int cmpOpt(BigInteger a, BigInteger b, int absentSign) {
            if (a == null && b == null) {
                return 0;
            }
            if (a == null) {
                return absentSign;
            }
            if (b == null) {
                return -absentSign;
            }
            return a.compareTo(b);
        }
    }

    /**
     * Parses a version.
     *
     * @param text the text
     * @return the version, or empty when it is not PEP 440
     */
    static Optional<Version> version(String text) {
        Matcher m = VERSION.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        BigInteger epoch = m.group(1) == null ? BigInteger.ZERO : new BigInteger(m.group(1));
        List<BigInteger> release = new ArrayList<>();
        for (String p : m.group(2).split("\\.")) {
            release.add(new BigInteger(p));
        }
        int preKind = -1;
        BigInteger pre = null;
        if (m.group(3) != null) {
            String k = m.group(3).toLowerCase(Locale.ROOT);
            preKind = k.startsWith("a") ? 0 : k.startsWith("b") ? 1 : 2;
            pre = m.group(4) == null ? BigInteger.ZERO : new BigInteger(m.group(4));
        }
        BigInteger post = null;
        if (m.group(5) != null) {
            post = new BigInteger(m.group(5));
        } else if (m.group(6) != null) {
            post = m.group(7) == null ? BigInteger.ZERO : new BigInteger(m.group(7));
        }
        BigInteger dev = m.group(8) == null ? null : m.group(9) == null ? BigInteger.ZERO : new BigInteger(m.group(9));
        String local = m.group(10) == null ? "" : m.group(10).toLowerCase(Locale.ROOT);
        return Optional.of(new Version(epoch, List.copyOf(release), preKind, pre, post, dev, local));
    }

    /** One clause such as {@code >=1.2} or {@code ==1.*}. */
    record Specifier(String op, String version, boolean wildcard) {

        /** Whether this is an exact pin ({@code ==V} without a wildcard, or {@code ===V}). */
        boolean isPin() {
            return (op.equals("==") && !wildcard) || op.equals("===");
        }

        boolean contains(Version v) {
            if (op.equals("===")) {
                return false;
            }
            Optional<Version> parsed = Pep440.version(version);
            if (parsed.isEmpty()) {
                return false;
            }
            Version s = parsed.get();
            switch (op) {
                case "==":
                    return wildcard ? prefixMatch(v, s) : equal(v, s);
                case "!=":
                    return wildcard ? !prefixMatch(v, s) : !equal(v, s);
                case "<=":
                    return v.publicPart().compareTo(s) <= 0;
                case ">=":
                    return v.publicPart().compareTo(s) >= 0;
                case "<":
                    return v.publicPart().compareTo(s) < 0 && !(v.isPre() && !s.isPre() && sameRelease(v, s));
                case ">":
                    return v.publicPart().compareTo(s) > 0 && !(v.post() != null && s.post() == null
                            && sameRelease(v, s));
                case "~=":
                    if (s.release().size() < 2 || v.compareTo(s) < 0) {
                        return false;
                    }
                    Version prefix = new Version(s.epoch(), s.release().subList(0, s.release().size() - 1), -1,
                            null, null, null, "");
                    return prefixMatch(v, prefix);
                default:
                    return false;
            }
        }

        private static boolean equal(Version v, Version s) {
            Version a = s.local().isEmpty() ? v.publicPart() : v;
            return a.compareTo(s) == 0;
        }

        private static boolean sameRelease(Version a, Version b) {
            return new Version(a.epoch(), a.release(), -1, null, null, null, "")
                    .compareTo(new Version(b.epoch(), b.release(), -1, null, null, null, "")) == 0;
        }

        private static boolean prefixMatch(Version v, Version prefix) {
            if (!v.epoch().equals(prefix.epoch())) {
                return false;
            }
            for (int i = 0; i < prefix.release().size(); i++) {
                BigInteger a = i < v.release().size() ? v.release().get(i) : BigInteger.ZERO;
                if (!a.equals(prefix.release().get(i))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return op + version + (wildcard ? ".*" : "");
        }
    }

    private static final Pattern SPEC = Pattern.compile("\\s*(~=|===|==|!=|<=|>=|<|>)\\s*([^,;\\s]+)\\s*");

    /**
     * Parses a comma-separated specifier set.
     *
     * @param text the text; empty gives an empty set
     * @return the clauses, or empty when one is malformed
     */
    static Optional<List<Specifier>> specifiers(String text) {
        List<Specifier> out = new ArrayList<>();
        if (text.isBlank()) {
            return Optional.of(out);
        }
        for (String part : text.split(",", -1)) {
            Matcher m = SPEC.matcher(part);
            if (!m.matches()) {
                return Optional.empty();
            }
            String op = m.group(1);
            String v = m.group(2);
            boolean wildcard = false;
            if (op.equals("===")) {
                out.add(new Specifier(op, v, false));
                continue;
            }
            if (v.endsWith(".*")) {
                if (!op.equals("==") && !op.equals("!=")) {
                    return Optional.empty();
                }
                wildcard = true;
                v = v.substring(0, v.length() - 2);
            }
            Optional<Version> parsed = version(v);
            if (parsed.isEmpty() || (wildcard && !parsed.get().local().isEmpty())
                    || (op.equals("~=") && parsed.get().release().size() < 2)) {
                return Optional.empty();
            }
            out.add(new Specifier(op, v, wildcard));
        }
        return Optional.of(out);
    }

    /**
     * Whether a version satisfies every clause.
     *
     * @param specs the clauses
     * @param v the version
     * @return true when all hold
     */
    static boolean satisfies(List<Specifier> specs, Version v) {
        for (Specifier s : specs) {
            if (!s.contains(v)) {
                return false;
            }
        }
        return true;
    }
}
