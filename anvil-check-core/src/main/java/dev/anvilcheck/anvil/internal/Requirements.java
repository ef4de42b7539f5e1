package dev.anvilcheck.anvil.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pip requirements file reader: line continuations, comments, options ({@code -r}, {@code -c}, {@code -e},
 * index options), per-requirement {@code --hash} options, PEP 508 names, extras, specifiers, markers and direct
 * URLs. Pure and thread-safe; includes are reported for the caller to resolve.
 */
public final class Requirements {

    private Requirements() {
    }

    /** A logical line's outcome. */
    sealed interface Entry permits Req, Include, Problem, Option {
        /** 1-based first physical line. */
        int line();
    }

    /**
     * A requirement.
     *
     * @param line first physical line
     * @param text the requirement text without options
     * @param name the project name, when known (a URL without #egg= has none)
     * @param extras the extras
     * @param specifiers version clauses
     * @param url a direct URL or path
     * @param marker the environment marker
     * @param editable whether given with -e
     */
    record Req(int line, String text, Optional<String> name, List<String> extras, List<Pep440.Specifier> specifiers,
               Optional<String> url, Optional<Marker> marker, boolean editable) implements Entry {

        boolean pinned() {
            return url.isPresent() || specifiers.stream().anyMatch(Pep440.Specifier::isPin);
        }
    }

    /**
     * A {@code -r} include (or {@code -c} constraints file when {@code constraints}).
     *
     * @param line the line
     * @param path the file as written
     * @param constraints whether it is a constraints file
     */
    record Include(int line, String path, boolean constraints) implements Entry {
    }

    /**
     * A line pip rejects.
     *
     * @param line the line
     * @param message why
     */
    record Problem(int line, String message) implements Entry {
    }

    /**
     * A global option such as {@code --index-url}, which does not name a package.
     *
     * @param line the line
     * @param option the option
     */
    record Option(int line, String option) implements Entry {
    }

    /** PyPI's name normalisation (PEP 503). */
    static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    private static final Pattern NAME_START = Pattern.compile(
            "^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\\s*(\\[[^\\]]*\\])?\\s*");
    private static final Pattern IDENT = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?");
    private static final Set<String> GLOBAL_FLAGS = Set.of("--no-index", "--pre", "--prefer-binary",
            "--require-hashes");
    private static final Set<String> GLOBAL_WITH_VALUE = Set.of("-i", "--index-url", "--extra-index-url", "-f",
            "--find-links", "--trusted-host", "--use-feature", "--only-binary", "--no-binary");
    private static final Set<String> LINE_OPTIONS = Set.of("--hash", "--config-settings", "--global-option",
            "--install-option");
    private static final Pattern HASH = Pattern.compile("(sha256|sha384|sha512|md5|sha1|sha224):[0-9a-fA-F]+");

    /**
     * Reads requirements text.
     *
     * @param text the file's content
     * @return the entries in order
     */
    static List<Entry> parse(String text) {
        List<Entry> out = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        StringBuilder logical = new StringBuilder();
        int start = -1;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (start < 0) {
                start = i + 1;
            }
            if (l.endsWith("\\") && stripComment(l).equals(l)) {
                logical.append(l, 0, l.length() - 1);
                if (i + 1 < lines.length) {
                    continue;
                }
            } else {
                logical.append(l);
            }
            String stripped = stripComment(logical.toString()).strip();
            if (!stripped.isEmpty()) {
                out.add(line(start, stripped));
            }
            logical.setLength(0);
            start = -1;
        }
        return out;
    }

    /** Removes a comment: {@code #} at the start or after whitespace, as pip does. Linear time. */
    static String stripComment(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '#' && (i == 0 || Character.isWhitespace(s.charAt(i - 1)))) {
                return s.substring(0, i);
            }
        }
        return s;
    }

    private static Entry line(int line, String s) {
        if (s.startsWith("-")) {
            return option(line, s);
        }
        String req = s;
        int opt = indexOfOption(s);
        if (opt >= 0) {
            req = s.substring(0, opt).strip();
            Optional<String> bad = lineOptions(s.substring(opt).strip());
            if (bad.isPresent()) {
                return new Problem(line, bad.get());
            }
        }
        return requirement(line, req, false);
    }

    private static int indexOfOption(String s) {
        Matcher m = Pattern.compile("\\s--?[A-Za-z]").matcher(s);
        return m.find() ? m.start() : -1;
    }

    private static Optional<String> lineOptions(String opts) {
        String[] tokens = opts.split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            String key = t.contains("=") ? t.substring(0, t.indexOf('=')) : t;
            String value = t.contains("=") ? t.substring(t.indexOf('=') + 1) : (i + 1 < tokens.length ? tokens[++i] : "");
            if (!LINE_OPTIONS.contains(key)) {
                return Optional.of("unknown per-requirement option " + key);
            }
            if (key.equals("--hash") && !HASH.matcher(value).matches()) {
                return Optional.of("--hash must be algorithm:hexdigest, such as sha256:...; got '" + value + "'");
            }
        }
        return Optional.empty();
    }

    private static Entry option(int line, String s) {
        String[] tokens = s.split("\\s+", 2);
        String key = tokens[0];
        String value = tokens.length > 1 ? tokens[1].strip() : "";
        if (key.startsWith("--") && key.contains("=")) {
            value = key.substring(key.indexOf('=') + 1);
            key = key.substring(0, key.indexOf('='));
        } else if (key.length() > 2 && key.charAt(1) != '-') {
            value = key.substring(2) + (value.isEmpty() ? "" : " " + value);
            key = key.substring(0, 2);
        }
        switch (key) {
            case "-r":
            case "--requirement":
            case "-c":
            case "--constraint":
                if (value.isEmpty()) {
                    return new Problem(line, key + " needs a file name");
                }
                return new Include(line, value, key.equals("-c") || key.equals("--constraint"));
            case "-e":
            case "--editable":
                if (value.isEmpty()) {
                    return new Problem(line, key + " needs a path or URL");
                }
                return requirement(line, value, true);
            default:
                if (GLOBAL_FLAGS.contains(key)) {
                    return value.isEmpty() ? new Option(line, key) : new Problem(line, key + " takes no value");
                }
                if (GLOBAL_WITH_VALUE.contains(key)) {
                    return value.isEmpty() ? new Problem(line, key + " needs a value") : new Option(line, key);
                }
                return new Problem(line, "pip does not know the option " + key);
        }
    }

    private static boolean looksLikeUrl(String s) {
        return s.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*") || s.startsWith(".") || s.startsWith("/")
                || s.startsWith("file:") || s.matches("(?i).*\\.(whl|tar\\.gz|zip|tar\\.bz2)$");
    }

    private static Entry requirement(int line, String s, boolean editable) {
        Optional<Marker> marker = Optional.empty();
        Matcher named = NAME_START.matcher(s);
        boolean pep508Url = named.lookingAt() && s.substring(named.end()).startsWith("@");
        if (editable || (!pep508Url && looksLikeUrl(s))) {
            int semi = s.indexOf(" ;");
            String url = s;
            if (semi >= 0) {
                url = s.substring(0, semi).strip();
                Marker.Parse mp = Marker.parse(s.substring(semi + 2));
                if (mp.error().isPresent()) {
                    return new Problem(line, "bad marker: " + mp.error().get());
                }
                marker = mp.marker();
            }
            return new Req(line, s, nameFromUrl(url), List.of(), List.of(), Optional.of(url), marker, editable);
        }
        Matcher m = NAME_START.matcher(s);
        if (!m.lookingAt()) {
            return new Problem(line, "'" + s + "' does not start with a valid project name");
        }
        String name = m.group(1);
        List<String> extras = new ArrayList<>();
        if (m.group(2) != null) {
            String inner = m.group(2).substring(1, m.group(2).length() - 1).strip();
            if (!inner.isEmpty()) {
                for (String e : inner.split(",", -1)) {
                    if (!IDENT.matcher(e.strip()).matches()) {
                        return new Problem(line, "bad extra '" + e.strip() + "' in " + m.group(2));
                    }
                    extras.add(e.strip());
                }
            }
        }
        String rest = s.substring(m.end());
        if (rest.startsWith("@")) {
            String u = rest.substring(1).strip();
            int semi = u.indexOf(" ;");
            if (semi < 0 && u.indexOf(';') >= 0 && u.indexOf(';') > u.indexOf("://")) {
                semi = -1;
            }
            String url = semi >= 0 ? u.substring(0, semi).strip() : u;
            if (semi >= 0) {
                Marker.Parse mp = Marker.parse(u.substring(semi + 2));
                if (mp.error().isPresent()) {
                    return new Problem(line, "bad marker: " + mp.error().get());
                }
                marker = mp.marker();
            }
            if (url.isEmpty() || !url.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
                return new Problem(line, "'" + name + " @' needs a URL");
            }
            return new Req(line, s, Optional.of(name), extras, List.of(), Optional.of(url), marker, false);
        }
        int semi = rest.indexOf(';');
        String spec = semi >= 0 ? rest.substring(0, semi).strip() : rest.strip();
        if (semi >= 0) {
            Marker.Parse mp = Marker.parse(rest.substring(semi + 1));
            if (mp.error().isPresent()) {
                return new Problem(line, "bad marker: " + mp.error().get());
            }
            marker = mp.marker();
        }
        if (spec.startsWith("(")) {
            if (!spec.endsWith(")")) {
                return new Problem(line, "unclosed ( in '" + spec + "'");
            }
            spec = spec.substring(1, spec.length() - 1);
        }
        Optional<List<Pep440.Specifier>> specs = Pep440.specifiers(spec);
        if (specs.isEmpty() && spec.startsWith("=") && !spec.startsWith("==")) {
            return new Problem(line, "'" + s + "' uses a single '='; pip needs '==' to pin a version");
        }
        if (specs.isEmpty()) {
            return new Problem(line, "'" + spec.strip() + "' is not a valid version specifier (PEP 440)");
        }
        return new Req(line, s, Optional.of(name), extras, specs.get(), Optional.empty(), marker, editable);
    }

    private static Optional<String> nameFromUrl(String url) {
        Matcher egg = Pattern.compile("[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)").matcher(url);
        if (egg.find()) {
            return Optional.of(egg.group(1));
        }
        String file = url.replaceAll("[#?].*$", "");
        file = file.substring(file.lastIndexOf('/') + 1);
        if (file.endsWith(".whl")) {
            int dash = file.indexOf('-');
            return dash > 0 ? Optional.of(file.substring(0, dash)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Markers: a parsed PEP 508 environment marker. */
    sealed interface Marker permits Marker.And, Marker.Or, Marker.Compare {

        /**
         * Evaluates against an environment.
         *
         * @param env marker variables
         * @return the value
         */
        boolean eval(Map<String, String> env);

        /** Both sides. */
        record And(Marker left, Marker right) implements Marker {
            @Override
            public boolean eval(Map<String, String> env) {
                return left.eval(env) && right.eval(env);
            }
        }

        /** Either side. */
        record Or(Marker left, Marker right) implements Marker {
            @Override
            public boolean eval(Map<String, String> env) {
                return left.eval(env) || right.eval(env);
            }
        }

        /** A comparison; a side is a variable when {@code var} is set. */
        record Compare(String left, boolean leftVar, String op, String right, boolean rightVar) implements Marker {
            @Override
            public boolean eval(Map<String, String> env) {
                String l = leftVar ? env.getOrDefault(left, "") : left;
                String r = rightVar ? env.getOrDefault(right, "") : right;
                switch (op) {
                    case "in":
                        return r.contains(l);
                    case "not in":
                        return !r.contains(l);
                    default:
                        break;
                }
                Optional<Pep440.Version> lv = Pep440.version(l);
                Optional<List<Pep440.Specifier>> spec = Pep440.specifiers(op + r);
                if (lv.isPresent() && spec.isPresent() && spec.get().size() == 1) {
                    return spec.get().get(0).contains(lv.get());
                }
                int c = l.compareTo(r);
                switch (op) {
                    case "==":
                    case "===":
                        return c == 0;
                    case "!=":
                        return c != 0;
                    case "<":
                        return c < 0;
                    case "<=":
                        return c <= 0;
                    case ">":
                        return c > 0;
                    case ">=":
                        return c >= 0;
                    default:
                        return false;
                }
            }
        }

        /** A parse outcome. */
        record Parse(Optional<Marker> marker, Optional<String> error) {
        }

        Set<String> VARIABLES = Set.of("python_version", "python_full_version", "os_name", "sys_platform",
                "platform_release", "platform_system", "platform_version", "platform_machine",
                "platform_python_implementation", "implementation_name", "implementation_version", "extra",
                "os.name", "sys.platform", "platform.version", "platform.machine",
                "platform.python_implementation", "python_implementation");

        static Parse parse(String text) {
            MarkerParser p = new MarkerParser(text);
            try {
                Marker m = p.or();
                p.skipWs();
                if (p.pos < text.length()) {
                    return new Parse(Optional.empty(), Optional.of("unexpected '" + text.substring(p.pos).strip()
                            + "'"));
                }
                return new Parse(Optional.of(m), Optional.empty());
            } catch (IllegalArgumentException e) {
                return new Parse(Optional.empty(), Optional.of(e.getMessage()));
            }
        }
    }

    /** Recursive descent over marker text. */
    private static final class MarkerParser {
        private final String s;
        private int pos;
        private int depth;

        MarkerParser(String s) {
            this.s = s;
        }

        void skipWs() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        boolean word(String w) {
            skipWs();
            if (s.startsWith(w, pos) && (pos + w.length() == s.length()
                    || !Character.isLetterOrDigit(s.charAt(pos + w.length())))) {
                pos += w.length();
                return true;
            }
            return false;
        }

        Marker or() {
            Marker m = and();
            while (word("or")) {
                m = new Marker.Or(m, and());
            }
            return m;
        }

        Marker and() {
            Marker m = atom();
            while (word("and")) {
                m = new Marker.And(m, atom());
            }
            return m;
        }

        Marker atom() {
            skipWs();
            if (pos < s.length() && s.charAt(pos) == '(') {
                if (++depth > 50) {
                    throw new IllegalArgumentException("markers nested too deeply");
                }
                pos++;
                Marker m = or();
                skipWs();
                if (pos >= s.length() || s.charAt(pos) != ')') {
                    throw new IllegalArgumentException("missing )");
                }
                pos++;
                depth--;
                return m;
            }
            String[] left = value();
            String op = op();
            String[] right = value();
            return new Marker.Compare(left[0], left[1] != null, op, right[0], right[1] != null);
        }

        /** Returns {text, non-null when a variable}. */
        String[] value() {
            skipWs();
            if (pos >= s.length()) {
                throw new IllegalArgumentException("expected a marker value at the end");
            }
            char c = s.charAt(pos);
            if (c == '"' || c == '\'') {
                int end = s.indexOf(c, pos + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated string");
                }
                String v = s.substring(pos + 1, end);
                pos = end + 1;
                return new String[] {v, null};
            }
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_'
                    || s.charAt(pos) == '.')) {
                pos++;
            }
            String v = s.substring(start, pos);
            if (!Marker.VARIABLES.contains(v)) {
                throw new IllegalArgumentException(v.isEmpty() ? "expected a marker variable or string at '"
                        + s.substring(start).strip() + "'" : "unknown marker variable '" + v + "'");
            }
            return new String[] {v.replace("os.name", "os_name").replace("sys.platform", "sys_platform")
                    .replace("platform.machine", "platform_machine"), "var"};
        }

        String op() {
            skipWs();
            for (String o : List.of("===", "==", "!=", "<=", ">=", "~=", "<", ">")) {
                if (s.startsWith(o, pos)) {
                    pos += o.length();
                    return o;
                }
            }
            if (word("not")) {
                if (word("in")) {
                    return "not in";
                }
                throw new IllegalArgumentException("expected 'in' after 'not'");
            }
            if (word("in")) {
                return "in";
            }
            throw new IllegalArgumentException("expected a comparison operator at '" + s.substring(pos).strip() + "'");
        }
    }
}
