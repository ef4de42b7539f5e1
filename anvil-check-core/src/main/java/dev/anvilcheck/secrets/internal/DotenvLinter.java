package dev.anvilcheck.secrets.internal;

import dev.anvilcheck.Details;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.secrets.SecretsRule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * dotenv-linter's 13 line checks over a file read by {@link DotenvReader}, as {@code SE1xx} rules, plus the reader's
 * own errors ({@code SE001}, {@code SE002}). Control comments switch lint rules off and on for the lines that follow:
 * {@code # anvil-check:off SE112, UnorderedKey} ... {@code # anvil-check:on} (no list means every lint rule;
 * {@code # dotenv-linter:off/on} is understood too). Messages name keys, never values. Stateless and thread-safe.
 */
public final class DotenvLinter {

    private static final Pattern CONTROL = Pattern.compile(
            "^\\s*#\\s*(anvil-check|dotenv-linter)\\s*:\\s*(off|on)\\b(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Set<SecretsRule> LINT = EnumSet.range(SecretsRule.DUPLICATED_KEY,
            SecretsRule.VALUE_WITHOUT_QUOTES);

    private DotenvLinter() {
    }

    /**
     * Lints a file.
     *
     * @param file the read file
     * @param path its project-relative path
     * @return the findings, unsorted
     */
    public static List<Finding> lint(DotenvReader.File file, String path) {
        List<Finding> out = new ArrayList<>();
        if (file.notUtf8()) {
            out.add(Finding.of(SecretsRule.DOTENV_ENCODING, Location.file(path),
                    path + " is not valid UTF-8; python-dotenv cannot read it").withHint("save the file as UTF-8"));
        }
        for (DotenvReader.Error e : file.errors()) {
            out.add(Finding.of(SecretsRule.DOTENV_PARSE_ERROR, Location.at(path, e.line(), e.column()),
                    "python-dotenv cannot read the statement on line " + e.line() + ": " + e.reason()
                            + "; it is skipped").withHint("fix the quoting or add the missing '='"));
        }
        List<String> lines = file.lines();
        int count = lines.size();
        // what each line is
        DotenvReader.Entry[] first = new DotenvReader.Entry[count + 2];
        boolean[] continuation = new boolean[count + 2];
        for (DotenvReader.Entry e : file.entries()) {
            if (e.line() <= count) {
                first[e.line()] = e;
            }
            for (int l = e.line() + 1; l <= e.endLine() && l <= count; l++) {
                continuation[l] = true;
            }
        }
        // control comments: the set of rules off at each line
        List<Set<SecretsRule>> offAt = new ArrayList<>(count + 2);
        Set<SecretsRule> off = EnumSet.noneOf(SecretsRule.class);
        boolean[] control = new boolean[count + 2];
        offAt.add(EnumSet.copyOf(off));
        for (int l = 1; l <= count; l++) {
            String line = lines.get(l - 1);
            Matcher m = continuation[l] ? null : CONTROL.matcher(line);
            if (m != null && m.matches()) {
                control[l] = true;
                Set<SecretsRule> named = parseRules(m.group(3));
                if (m.group(2).equalsIgnoreCase("off")) {
                    off.addAll(named);
                } else {
                    off.removeAll(named);
                }
            }
            offAt.add(EnumSet.copyOf(off.isEmpty() ? EnumSet.noneOf(SecretsRule.class) : off));
        }
        Lint lint = new Lint(path, offAt, out);

        // ending blank line
        String text = file.text();
        if (!text.isEmpty() && !text.endsWith("\n")) {
            lint.add(SecretsRule.ENDING_BLANK_LINE, count, lines.get(count - 1).length() + 1, null,
                    "no newline at the end of the file");
        }
        Map<String, Integer> seen = new HashMap<>();
        java.util.TreeMap<String, Integer> group = new java.util.TreeMap<>();
        String groupMax = null;
        boolean previousBlank = false;
        for (int l = 1; l <= count; l++) {
            String line = lines.get(l - 1);
            if (continuation[l]) {
                continue;
            }
            boolean blank = line.isBlank();
            if (blank) {
                if (previousBlank) {
                    lint.add(SecretsRule.EXTRA_BLANK_LINE, l, 1, null, "extra blank line");
                }
                group.clear();
                groupMax = null;
            }
            previousBlank = blank;
            DotenvReader.Entry e = first[l];
            if (!blank && e == null) {
                if (control[l]) {
                    group.clear();
                    groupMax = null;
                }
            }
            int lastLine = e == null ? l : Math.min(e.endLine(), count);
            String lastText = lines.get(lastLine - 1);
            if (!lastText.isEmpty() && DotenvReader.isHSpace(lastText.charAt(lastText.length() - 1))
                    && !lastText.isBlank()) {
                String k = e == null ? null : e.key();
                lint.add(SecretsRule.TRAILING_WHITESPACE, lastLine, lastText.length(), k, "trailing whitespace");
            }
            if (e == null) {
                continue;
            }
            String key = e.key();
            String shown = SecretScanner.displayKey(key, l);
            // leading character
            char c0 = line.isEmpty() ? ' ' : line.charAt(0);
            if (!(Character.isLetter(c0) || c0 == '_')) {
                String what = c0 == '\uFEFF' ? "a byte order mark (python-dotenv reads the key as '\\ufeff"
                        + SecretScanner.displayKey(key.substring(1), l) + "')"
                        : Character.isWhitespace(c0) || DotenvReader.isSpace(c0) ? "whitespace"
                        : Character.isDigit(c0) ? "a digit" : "'" + (c0 < 0x20 ? "?" : String.valueOf(c0)) + "'";
                lint.add(SecretsRule.LEADING_CHARACTER, l, 1, key, "the line with " + shown + " starts with " + what);
            }
            String bare = stripInvalidLeading(key);
            if (!bare.isEmpty() && !bare.chars().allMatch(ch -> ch < 128 && (Character.isLetterOrDigit(ch)
                    || ch == '_'))) {
                lint.add(SecretsRule.INCORRECT_DELIMITER, l, e.column(), key,
                        "the key " + shown + " has characters other than letters, digits and '_'");
            }
            if (!key.toUpperCase(Locale.ROOT).equals(key)) {
                lint.add(SecretsRule.LOWERCASE_KEY, l, e.column(), key,
                        "the key " + shown + " should be upper case");
            }
            if (e.quote() == DotenvReader.Quote.NO_VALUE) {
                lint.add(SecretsRule.KEY_WITHOUT_VALUE, l, e.column(), key,
                        "the key " + shown + " has no '='; python-dotenv gives it no value");
            }
            Integer firstLine = seen.putIfAbsent(key, l);
            if (firstLine != null) {
                lint.add(SecretsRule.DUPLICATED_KEY, l, e.column(), key,
                        "the key " + shown + " is set again (first on line " + firstLine + ")");
            }
            if (e.spaceBeforeEquals() || e.spaceAfterEquals()) {
                lint.add(SecretsRule.SPACE_CHARACTER, l, e.column(), key,
                        "whitespace around '=' after the key " + shown);
            }
            if (e.quote() == DotenvReader.Quote.SINGLE || e.quote() == DotenvReader.Quote.DOUBLE) {
                String inner = e.rawValue().substring(1, Math.max(1, e.rawValue().length() - 1));
                if (!needsQuotes(inner)) {
                    lint.add(SecretsRule.QUOTE_CHARACTER, l, e.column(), key,
                            "the value of " + shown + " is quoted but needs no quotes");
                }
            }
            if (e.quote() == DotenvReader.Quote.NONE && e.value() != null
                    && e.value().chars().anyMatch(ch -> DotenvReader.isSpace((char) ch))) {
                lint.add(SecretsRule.VALUE_WITHOUT_QUOTES, l, e.column(), key,
                        "the value of " + shown + " has whitespace but no quotes");
            }
            if ((e.quote() == DotenvReader.Quote.NONE || e.quote() == DotenvReader.Quote.DOUBLE)
                    && e.rawValue() != null && badSubstitution(e.rawValue())) {
                lint.add(SecretsRule.SUBSTITUTION_KEY, l, e.column(), key,
                        "the value of " + shown + " has a malformed ${...} substitution");
            }
            // unordered keys within a group
            boolean substitutesGroupKey = false;
            if (e.rawValue() != null && e.quote() != DotenvReader.Quote.SINGLE) {
                for (String used : substitutionKeys(e.rawValue())) {
                    if (group.containsKey(used)) {
                        substitutesGroupKey = true;
                        break;
                    }
                }
            }
            if (substitutesGroupKey) {
                group.clear();
                groupMax = null;
                continue;
            }
            group.merge(key, 1, Integer::sum);
            if (groupMax == null || key.compareTo(groupMax) >= 0) {
                groupMax = key;
            } else {
                // the first greater key of the group, which this one should precede
                String next = group.higherKey(key);
                if (next != null) {
                    lint.add(SecretsRule.UNORDERED_KEY, l, e.column(), key, "the key " + shown
                            + " should go before the key " + SecretScanner.displayKey(next, l));
                }
            }
        }
        return out;
    }

    private static final class Lint {
        final String path;
        final List<Set<SecretsRule>> offAt;
        final List<Finding> out;

        Lint(String path, List<Set<SecretsRule>> offAt, List<Finding> out) {
            this.path = path;
            this.offAt = offAt;
            this.out = out;
        }

        void add(SecretsRule rule, int line, int column, String key, String message) {
            if (line < offAt.size() && offAt.get(line).contains(rule)) {
                return;
            }
            Details d = key == null ? Details.NONE
                    : new Details.Secret(SecretScanner.displayKey(key, line),
                            Fingerprints.of(rule, path, "key:" + key));
            out.add(Finding.of(rule, Location.at(path, line, Math.max(1, column)), message).withDetails(d));
        }
    }

    static Set<SecretsRule> parseRules(String list) {
        Set<SecretsRule> out = EnumSet.noneOf(SecretsRule.class);
        String t = list.trim();
        if (t.isEmpty()) {
            out.addAll(LINT);
            return out;
        }
        for (String part : t.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            for (SecretsRule r : LINT) {
                if (r.code().equalsIgnoreCase(part) || r.title().equalsIgnoreCase(part)
                        || r.linterName().map(n -> n.equalsIgnoreCase(part)).orElse(false)) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    static String stripInvalidLeading(String key) {
        int i = 0;
        while (i < key.length() && !(Character.isLetterOrDigit(key.charAt(i)) || key.charAt(i) == '_')) {
            i++;
        }
        return key.substring(i);
    }

    /** dotenv-linter's QuoteCharacter exemptions: whitespace, $, #, &, = or a literal backslash-n. */
    static boolean needsQuotes(String inner) {
        if (inner.isEmpty()) {
            return true;
        }
        if (inner.contains("\\n") || inner.contains("\\")) {
            return true;
        }
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (DotenvReader.isSpace(c) || c == '$' || c == '#' || c == '&' || c == '=' || c == '\'' || c == '"') {
                return true;
            }
        }
        return false;
    }

    /**
     * dotenv-linter's SubstitutionKey over a raw value, except that python-dotenv's {@code ${NAME:-default}} is
     * well formed.
     */
    static boolean badSubstitution(String raw) {
        String value = raw.trim();
        if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
            value = value.substring(1, value.length() - 1);
        }
        int i = value.indexOf('$');
        while (i >= 0) {
            boolean escaped = i > 0 && value.charAt(i - 1) == '\\';
            String rest = value.substring(i + 1);
            int next = rest.indexOf('$');
            String initial = next < 0 ? rest : rest.substring(0, next);
            if (rest.startsWith("{") && initial.indexOf('}') < 0) {
                // a default may itself hold '$': look for the closing brace in the whole rest
                int close = rest.indexOf('}');
                if (close < 0 || !rest.substring(1, close).matches("[A-Za-z0-9_]+:-[^}]*")) {
                    if (!escaped) {
                        return true;
                    }
                }
            } else {
                int end = initial.indexOf('}');
                boolean start = initial.startsWith("{");
                boolean bad = start ^ (end >= 0);
                if (!bad && start) {
                    String name = initial.substring(1, end);
                    bad = !name.matches("[A-Za-z0-9_]+(:-[^}]*)?");
                }
                if (bad && !escaped) {
                    return true;
                }
            }
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    /** The names a raw value substitutes ({@code $NAME} or {@code ${NAME...}}). */
    static List<String> substitutionKeys(String raw) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)").matcher(raw);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
