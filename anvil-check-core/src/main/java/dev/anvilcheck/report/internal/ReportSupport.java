package dev.anvilcheck.report.internal;

import dev.anvilcheck.Details;
import dev.anvilcheck.Finding;
import dev.anvilcheck.RuleCatalog;
import dev.anvilcheck.RuleId;
import dev.anvilcheck.Severity;
import dev.anvilcheck.report.Report;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What several writers share: counts, grouping, rule tables, fingerprints and text clean-up. */
public final class ReportSupport {

    /** Where the project's documentation lives; SARIF's {@code informationUri}. */
    public static final String INFORMATION_URI = "https://github.com/anvil-check/anvil-check";

    private ReportSupport() {
    }

    /**
     * How many findings have exactly this severity.
     *
     * @param report the report
     * @param s the severity
     * @return the count
     */
    public static long count(Report report, Severity s) {
        return report.findings().stream().filter(f -> f.severity() == s).count();
    }

    /**
     * The findings grouped by path in report order; findings without a location under the key {@code ""}, last.
     *
     * @param findings sorted findings
     * @return the groups
     */
    public static Map<String, List<Finding>> byFile(List<Finding> findings) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : findings) {
            groups.computeIfAbsent(f.location().map(l -> l.path()).orElse(""), k -> new ArrayList<>()).add(f);
        }
        return groups;
    }

    /**
     * The rules a report's tool table lists: the given ones plus every rule a finding names, unique by code and
     * sorted by code.
     *
     * @param catalog the known rules
     * @param findings the findings
     * @return the rules
     */
    public static List<RuleId> rules(Collection<? extends RuleId> catalog, List<Finding> findings) {
        Map<String, RuleId> byCode = new TreeMap<>();
        for (RuleId r : catalog) {
            byCode.putIfAbsent(r.code(), r);
        }
        for (Finding f : findings) {
            byCode.putIfAbsent(f.rule().code(), f.rule());
        }
        List<RuleId> out = new ArrayList<>(byCode.values());
        out.sort(Comparator.comparing(RuleId::code));
        return out;
    }

    /**
     * Every rule on the class path plus those the findings name.
     *
     * @param findings the findings
     * @return the rules, sorted by code
     */
    public static List<RuleId> allRules(List<Finding> findings) {
        return rules(RuleCatalog.all(), findings);
    }

    /**
     * Whether a finding is about a secret: its details are {@link Details.Secret} or its rule is an {@code SE}
     * rule. The source around such a finding is never shown.
     *
     * @param f the finding
     * @return true for secret findings
     */
    public static boolean isSecret(Finding f) {
        return f.details() instanceof Details.Secret || f.rule().code().startsWith("SE");
    }

    /**
     * A stable fingerprint of a finding for baselines and code scanning: a secret finding's own fingerprint, or
     * the SHA-256 of rule code, path and message (not the line, so it survives edits above it), 32 hex digits.
     *
     * @param f the finding
     * @return the fingerprint
     */
    public static String fingerprint(Finding f) {
        if (f.details() instanceof Details.Secret) {
            return ((Details.Secret) f.details()).fingerprint();
        }
        String path = f.location().map(l -> l.path()).orElse("");
        String text = f.rule().code() + "\u0000" + path + "\u0000" + f.message();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * The first sentence of a description (up to the first ". "), for short rule descriptions.
     *
     * @param description the description
     * @return the first sentence, with its full stop
     */
    public static String firstSentence(String description) {
        int i = description.indexOf(". ");
        return i < 0 ? description : description.substring(0, i + 1);
    }

    /**
     * Replaces control characters (other than tab) with U+FFFD so that hostile text cannot move a terminal's
     * cursor or forge lines; line breaks become a visible {@code ⏎}.
     *
     * @param s the text
     * @return the text, safe for one line of a terminal
     */
    public static String oneLine(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String repl = null;
            if (c == '\n' || c == '\r') {
                repl = "\u23ce";
            } else if ((c < 0x20 && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0)
                    || c == '\u2028' || c == '\u2029') {
                repl = "\ufffd";
            }
            if (repl != null && b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (b != null) {
                b.append(repl != null ? repl : String.valueOf(c));
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * Removes characters that XML 1.0 cannot hold (most C0 controls, lone surrogates, U+FFFE/U+FFFF), replacing
     * each with U+FFFD.
     *
     * @param s the text
     * @return the text, valid in XML
     */
    public static String xmlSafe(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c) || c == '\ufffe' || c == '\uffff'
                    || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
                b.append('\ufffd');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
