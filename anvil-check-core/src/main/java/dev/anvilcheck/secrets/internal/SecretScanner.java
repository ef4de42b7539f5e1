package dev.anvilcheck.secrets.internal;

import dev.anvilcheck.secrets.SecretsRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds hard-coded secrets in text: provider token formats (gitleaks-style rules, each behind a cheap keyword
 * pre-filter, with per-rule entropy thresholds) and secret-looking names assigned random-looking literals
 * (detect-secrets' keyword detector with an entropy threshold), minus placeholders and lines with an allow comment.
 *
 * <p>The hits hold the secret only so that the caller can fingerprint it; callers must never put it into a
 * finding, log line or exception. Stateless and thread-safe.
 */
public final class SecretScanner {

    /** The same-line allow comments (case-insensitive). */
    static final List<String> ALLOW = List.of("anvil-check: allow-secret", "anvil-check:allow-secret",
            "pragma: allowlist secret", "gitleaks:allow");
    /** The comment on a line of its own that allows the next line. */
    static final List<String> ALLOW_NEXT = List.of("anvil-check: allow-secret-next-line",
            "anvil-check:allow-secret-next-line", "pragma: allowlist nextline secret");

    /** What kind of text a file holds, which decides the generic rule's forms. */
    public enum Kind {
        /** Python (and other code): the generic rule needs a quoted literal. */
        CODE,
        /** YAML, .env, INI, TOML, JSON and other config: unquoted values count too. */
        CONFIG
    }

    /**
     * One hard-coded secret.
     *
     * @param rule the rule
     * @param line 1-based line of the secret's start
     * @param column 1-based code-point column of the secret's start
     * @param endLine the line of its end
     * @param endColumn the column after its end
     * @param name the variable or key it is assigned to, or the rule's title
     * @param secret the secret (for fingerprinting only)
     */
    public record Hit(SecretsRule rule, int line, int column, int endLine, int endColumn, String name,
                      String secret) {
        /** Never shows the secret. */
        @Override
        public String toString() {
            return "Hit[" + rule.code() + " " + line + ":" + column + " " + name + "]";
        }
    }

    private record Detector(SecretsRule rule, Pattern pattern, int group, double minEntropy,
                            List<String> keywords, boolean caseSensitiveKeywords) {
    }

    private static final List<Detector> DETECTORS = List.of(
            d(SecretsRule.AWS_ACCESS_KEY, "(?<![A-Za-z0-9])((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})"
                    + "(?![A-Za-z0-9])", 1, 3.0, true, "AKIA", "ASIA", "ABIA", "ACCA", "A3T"),
            d(SecretsRule.GITHUB_TOKEN, "(?<![A-Za-z0-9_])((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36})(?![A-Za-z0-9])",
                    1, 3.0, true, "ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
            d(SecretsRule.GITHUB_TOKEN, "(?<![A-Za-z0-9_])(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})"
                    + "(?![A-Za-z0-9])", 1, 3.0, true, "github_pat_"),
            d(SecretsRule.GITLAB_TOKEN, "(?<![A-Za-z0-9_])(gl(?:pat|dt|rt|ptt|cbt|oas|soat|ft|imt|agent)-"
                    + "[A-Za-z0-9_\\-]{20,})", 1, 3.0, true, "glpat-", "gldt-", "glrt-", "glptt-", "glcbt-",
                    "gloas-", "glsoat-", "glft-", "glimt-", "glagent-"),
            d(SecretsRule.SLACK_TOKEN, "(?<![A-Za-z0-9])(xox[abposre]-[0-9]{6,}-[0-9A-Za-z-]{8,})", 1, 2.5, true,
                    "xoxb-", "xoxp-", "xoxa-", "xoxo-", "xoxr-", "xoxs-", "xoxe-"),
            d(SecretsRule.SLACK_TOKEN, "(?i)(?<![A-Za-z0-9])(xapp-\\d-[A-Z0-9]+-\\d+-[a-z0-9]{20,})", 1, 3.0, false,
                    "xapp-"),
            d(SecretsRule.SLACK_WEBHOOK, "(https?://hooks\\.slack\\.com/(?:services|workflows|triggers)/"
                    + "[A-Za-z0-9+/]{43,56})", 1, 3.0, false, "hooks.slack.com"),
            d(SecretsRule.STRIPE_LIVE_KEY, "(?<![A-Za-z0-9])((?:sk|rk)_live_[A-Za-z0-9]{10,99})(?![A-Za-z0-9])", 1,
                    2.5, true, "_live_"),
            d(SecretsRule.GOOGLE_API_KEY, "(?<![A-Za-z0-9_\\-])(AIza[0-9A-Za-z_\\-]{35})(?![0-9A-Za-z_\\-])", 1,
                    3.5, true, "AIza"),
            d(SecretsRule.OPENAI_API_KEY, "(?<![A-Za-z0-9_\\-])(sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_\\-]{0,200}"
                    + "T3BlbkFJ[A-Za-z0-9_\\-]{20,200})", 1, 3.0, true, "T3BlbkFJ"),
            d(SecretsRule.OPENAI_API_KEY, "(?<![A-Za-z0-9_\\-])(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_\\-]{40,250})",
                    1, 3.5, true, "sk-proj-", "sk-svcacct-", "sk-admin-"),
            d(SecretsRule.ANTHROPIC_API_KEY, "(?<![A-Za-z0-9_\\-])(sk-ant-(?:api03|admin01)-[A-Za-z0-9_\\-]{80,120})"
                    + "(?![A-Za-z0-9_\\-])", 1, 3.5, true, "sk-ant-"),
            d(SecretsRule.TWILIO_API_KEY, "(?<![A-Za-z0-9])(SK[0-9a-f]{32})(?![A-Za-z0-9])", 1, 3.0, true, "SK"),
            d(SecretsRule.SENDGRID_API_KEY, "(?<![A-Za-z0-9])(SG\\.[A-Za-z0-9_\\-]{22}\\.[A-Za-z0-9_\\-]{43})"
                    + "(?![A-Za-z0-9_\\-])", 1, 3.0, true, "SG."),
            d(SecretsRule.JWT, "(?<![A-Za-z0-9_\\-])(eyJ[A-Za-z0-9_\\-]{15,}\\.eyJ[A-Za-z0-9_\\-]{15,}\\."
                    + "[A-Za-z0-9_\\-]{10,}={0,2})", 1, 3.0, true, "eyJ"),
            d(SecretsRule.ANVIL_UPLINK_KEY, "(?<![A-Za-z0-9_])((?:server|client)_[A-Z0-9]{24}-[A-Z0-9]{16})"
                    + "(?![A-Za-z0-9])", 1, 3.0, true, "server_", "client_"),
            d(SecretsRule.PASSWORD_IN_URL, "(?<![A-Za-z0-9+.\\-])[A-Za-z][A-Za-z0-9+.\\-]{1,20}://"
                    + "[^\\s:@/'\"<>{}()\\[\\]]{0,100}:([^\\s@/'\"<>\\\\]{1,200})@([A-Za-z0-9.\\-_\\[\\]]+)", 1, 0,
                    false, "://"));

    /** A PEM private key header and footer; the body between them is found with indexOf, not a regex. */
    static final Pattern PEM_BEGIN = Pattern.compile("(?i)-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----");
    static final Pattern PEM_END = Pattern.compile("(?i)-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----");
    static final int PEM_MAX_BODY = 20000;

    private static Detector d(SecretsRule rule, String regex, int group, double minEntropy,
                              boolean caseSensitive, String... keywords) {
        return new Detector(rule, Pattern.compile(regex), group, minEntropy, List.of(keywords),
                caseSensitive);
    }

    /** Names whose literal values the generic rule looks at. */
    static final Pattern SECRET_NAME = Pattern.compile("(?i)(pass(?:wd|word|phrase)?|pwd|secret|token|"
            + "api[_\\-.]?key|access[_\\-.]?key|auth[_\\-.]?key|private[_\\-.]?key|credential|client[_\\-.]?key|"
            + "signing[_\\-.]?key|encryption[_\\-.]?key|session[_\\-.]?key|master[_\\-.]?key|secret[_\\-.]?key)");
    /** Names that contain a secret word but name something else. */
    static final Pattern BENIGN_NAME = Pattern.compile("(?i)(_enc$|^enc_|_encrypted$|url$|uri$|endpoint|path$|"
            + "file$|filename|name$|_id$|^id$|type$|length$|_len$|expir|ttl$|timeout|header|field|prefix|label|"
            + "hint|policy|regex|pattern|format|template|count$|max|min_|hash$|salt$|public[_\\-.]?key|csrf|xsrf|"
            + "env$|_var$|class$|required|reset|confirm|placeholder|provider|dir$|_column$|_col$|attribute|"
            + "_prompt$|_message$|_msg$|_error$|_label$|_text$|_title$|_key_id$|keyboard|_param$|_arg$|"
            + "_enabled$|_required$|_valid$|_check$|_policy$|_strength$|_rules$|_view$|_form$|_input$|_widget$|"
            + "_box$|_button$|_kind$|_mode$|_version$|_scope$|_scopes$|_method$|_algorithm$|_size$|_store$|"
            + "_source$|_location$|_manager$|_service$|_getter$|_func$|_fn$|_handler$|_cache$|_table$|_spec$|"
            + "last_used|_at$|_date$|_time$|_on$|_by$|_count$|_status$|_state$|_ref$|_arn$|continuation|next_token|"
            + "page_token|pagination|client_token|idempotency|request_token)");
    /** {@code NAME=value} and {@code name: value} at the start of a config line. */
    static final Pattern ASSIGN_CONFIG = Pattern.compile("^\\s*(?:export\\s+|-\\s+)?[\"']?"
            + "([A-Za-z_][A-Za-z0-9_.\\-]{0,80})[\"']?\\s*(?:=|:)\\s*([^\\s\"'#,{}\\[\\]]{8,300})\\s*(?:#.*)?$");
    private static final List<String> GENERIC_KEYWORDS = List.of("pass", "pwd", "secret", "token", "key",
            "credential");

    private static final List<String> PLACEHOLDERS = List.of("example", "xxxx", "****", "....", "changeme",
            "change_me", "change-me", "placeholder", "dummy", "redacted", "sample", "your_", "your-", "yourkey",
            "yourtoken", "yoursecret", "yourpassword", "<", "${", "{{", "%(", "%s", "{}", "password", "secret",
            "12345", "abcde", "qwert", "insert", "replace", "todo", "fixme", "notreal", "not_real", "not-real",
            "fake", "test_key", "testkey", "mock");

    /** Values that are regular expressions rather than secrets. */
    static final Pattern REGEX_LIKE = Pattern.compile("\\\\[wsdbWSDB]|\\(\\?|\\[\\^|\\[[A-Za-z0-9]-[A-Za-z0-9]");

    /** Values that are references, dates, enum constants or expressions. */
    static final Pattern NOT_A_SECRET = Pattern.compile("^(arn|urn|mailto|data|file|s3|gs):|^\\d{4}-\\d{2}-\\d{2}"
            + "|^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$|\\w\\[-?\\d+]|\\.\\.\\.");

    /** Hosts reserved for documentation (RFC 2606) and placeholders. */
    static final Pattern EXAMPLE_HOST = Pattern.compile("(?i)(^|\\.)(example\\.(com|org|net)|example|test|invalid"
            + "|host|hostname|your-?host|server)$");

    /** Passwords in URLs that documentation and local defaults use. */
    static final Set<String> URL_PASSWORD_WORDS = Set.of("pass", "passwd", "pw", "pwd", "password", "secret",
            "user", "username", "test", "admin", "root", "postgres", "guest", "x", "foo", "bar", "pass123", "mysql",
            "redis", "rabbit", "rabbitmq", "changeit", "hunter2");

    private SecretScanner() {
    }

    /**
     * Scans text.
     *
     * @param text the text
     * @param kind code or config
     * @return the hits in text order (a generic hit is dropped where a provider rule hit the same line)
     */
    public static List<Hit> scan(String text, Kind kind) {
        List<Hit> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        LineIndex idx = new LineIndex(text);
        String lower = null;
        Set<Long> seen = new HashSet<>();
        Set<Integer> specificLines = new HashSet<>();
        for (Detector det : DETECTORS) {
            Set<Integer> lines = new HashSet<>();
            for (String kw : det.keywords()) {
                String hay;
                String needle;
                if (det.caseSensitiveKeywords()) {
                    hay = text;
                    needle = kw;
                } else {
                    if (lower == null) {
                        lower = asciiLower(text);
                    }
                    hay = lower;
                    needle = kw.toLowerCase(Locale.ROOT);
                }
                int i = hay.indexOf(needle);
                while (i >= 0) {
                    int line = idx.lineOf(i);
                    if (lines.add(line)) {
                        runOnLine(det, text, idx, line, kind, out, seen, specificLines);
                    }
                    int next = idx.endOf(line);
                    i = next >= hay.length() ? -1 : hay.indexOf(needle, next);
                }
            }
        }
        if (lower == null) {
            lower = asciiLower(text);
        }
        privateKeys(text, lower, idx, out, specificLines);
        // generic: secret-looking names with random-looking literal values
        Set<Integer> lines = new HashSet<>();
        for (String kw : GENERIC_KEYWORDS) {
            int i = lower.indexOf(kw);
            while (i >= 0) {
                int line = idx.lineOf(i);
                if (lines.add(line) && !specificLines.contains(line)) {
                    generic(text, lower, idx, line, kind, out);
                }
                int next = idx.endOf(line);
                i = next >= lower.length() ? -1 : lower.indexOf(kw, next);
            }
        }
        out.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
        return out;
    }

    private static String asciiLower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] = (char) (c[i] + 32);
            }
        }
        return new String(c);
    }

    private static void runOnLine(Detector det, String text, LineIndex idx, int line, Kind kind, List<Hit> out,
                                  Set<Long> seen, Set<Integer> specificLines) {
        int start = idx.startOf(line);
        int end = idx.endOf(line);
        Matcher m = det.pattern().matcher(text);
        m.region(start, end);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        while (m.find()) {
            int s = m.start(det.group());
            int e = m.end(det.group());
            if (s < 0) {
                continue;
            }
            String secret = text.substring(s, e);
            if (!seen.add(((long) det.rule().ordinal() << 40) | s)) {
                continue;
            }
            if (det.minEntropy() > 0 && entropy(secret) <= det.minEntropy()) {
                continue;
            }
            if (!plausible(det.rule(), secret)) {
                continue;
            }
            if (det.rule() == SecretsRule.PASSWORD_IN_URL && EXAMPLE_HOST.matcher(m.group(2)).find()) {
                continue;
            }
            int sl = idx.lineOf(s);
            if (allowed(text, idx, sl)) {
                continue;
            }
            int el = idx.lineOf(Math.max(s, e - 1));
            String name = nameBefore(text, idx.startOf(sl), m.start()).orElse(det.rule().title());
            out.add(new Hit(det.rule(), sl, idx.column(text, s), el, idx.column(text, e), name, secret));
            for (int l = sl; l <= el; l++) {
                specificLines.add(l);
            }
        }
    }

    /** PEM private key blocks: each header, then the nearest footer within {@link #PEM_MAX_BODY} characters. */
    private static void privateKeys(String text, String lower, LineIndex idx, List<Hit> out,
                                    Set<Integer> specificLines) {
        int i = lower.indexOf("-----begin");
        while (i >= 0) {
            Matcher begin = PEM_BEGIN.matcher(text).region(i, Math.min(text.length(), i + 140));
            int next = i + 10;
            if (begin.lookingAt()) {
                int bodyStart = begin.end();
                int limit = Math.min(text.length(), bodyStart + PEM_MAX_BODY);
                int e = lower.indexOf("-----end", bodyStart);
                while (e >= 0 && e < limit) {
                    Matcher end = PEM_END.matcher(text).region(e, Math.min(text.length(), e + 140));
                    if (end.lookingAt()) {
                        String block = text.substring(i, end.end());
                        int sl = idx.lineOf(i);
                        if (e - bodyStart >= 64 && plausible(SecretsRule.PRIVATE_KEY, block)
                                && !allowed(text, idx, sl)) {
                            int el = idx.lineOf(end.end() - 1);
                            out.add(new Hit(SecretsRule.PRIVATE_KEY, sl, idx.column(text, i), el,
                                    idx.column(text, end.end()), SecretsRule.PRIVATE_KEY.title(), block));
                            for (int l = sl; l <= el; l++) {
                                specificLines.add(l);
                            }
                        }
                        next = end.end();
                        break;
                    }
                    e = lower.indexOf("-----end", e + 8);
                }
            }
            i = next >= lower.length() ? -1 : lower.indexOf("-----begin", next);
        }
    }

    /** Format-specific filters for provider rules. */
    static boolean plausible(SecretsRule rule, String secret) {
        String low = secret.toLowerCase(Locale.ROOT);
        if (low.contains("example") || low.contains("xxxxx") || low.contains("00000000") || repeated(secret)) {
            return false;
        }
        switch (rule) {
            case PRIVATE_KEY: {
                int body = 0;
                String inner = secret.replaceAll("(?i)-----(BEGIN|END)[^-]*-----", "")
                        .replaceAll("(?i)Proc-Type:.*|DEK-Info:.*", "");
                for (int i = 0; i < inner.length(); i++) {
                    char c = inner.charAt(i);
                    if (Character.isLetterOrDigit(c) || c == '+' || c == '/') {
                        body++;
                    }
                }
                return body >= 64 && !inner.contains("...");
            }
            case PASSWORD_IN_URL:
                return !placeholder(secret) && !URL_PASSWORD_WORDS.contains(low) && !secret.startsWith("$")
                        && !secret.startsWith("%")
                        && !secret.equals("*") && !secret.matches("\\**") && !secret.isEmpty();
            case SLACK_TOKEN:
            case STRIPE_LIVE_KEY:
                return !low.contains("your") && !low.contains("token_here");
            default:
                return true;
        }
    }

    /** What may follow a secret-looking name in code: an operator and a quoted literal. */
    static final Pattern AFTER_NAME = Pattern.compile("[\"']?\\s*(?::\\s*[A-Za-z_][A-Za-z0-9_\\[\\], .|]{0,40}?\\s*)?"
            + "(?::=|=>|=(?!=)|:(?!:))\\s*[rRbBuU]{0,2}([\"'`])([^\"'`\\r\\n\\s]{8,300})\\1");

    private static void generic(String text, String lower, LineIndex idx, int line, Kind kind, List<Hit> out) {
        int start = idx.startOf(line);
        int end = idx.endOf(line);
        if (allowed(text, idx, line)) {
            return;
        }
        List<int[]> spans = new ArrayList<>();
        // names around each secret word, then an anchored look at what follows the name
        int seenNameEnd = -1;
        for (String kw : GENERIC_KEYWORDS) {
            int k = lower.indexOf(kw, start);
            while (k >= 0 && k < end) {
                int ns = k;
                while (ns > start && nameChar(text.charAt(ns - 1))) {
                    ns--;
                }
                while (ns < k && !(Character.isLetter(text.charAt(ns)) || text.charAt(ns) == '_')) {
                    ns++;
                }
                int ne = k + kw.length();
                while (ne < end && nameChar(text.charAt(ne))) {
                    ne++;
                }
                char before = ns > start ? text.charAt(ns - 1) : ' ';
                if (ne > seenNameEnd && before != ':' && before != '/' && before != '\\') {
                    Matcher m = AFTER_NAME.matcher(text);
                    m.region(ne, end);
                    m.useTransparentBounds(true);
                    if (m.lookingAt()) {
                        spans.add(new int[] {ns - start, ne - start, m.start(2) - start, m.end(2) - start});
                    }
                    seenNameEnd = ne;
                }
                k = lower.indexOf(kw, ne);
            }
        }
        String l = text.substring(start, end);
        if (kind == Kind.CONFIG) {
            Matcher c = ASSIGN_CONFIG.matcher(l);
            if (c.find()) {
                spans.add(new int[] {c.start(1), c.end(1), c.start(2), c.end(2)});
            }
        }
        Set<Integer> valueStarts = new HashSet<>();
        for (int[] sp : spans) {
            String name = l.substring(sp[0], sp[1]);
            String value = l.substring(sp[2], sp[3]);
            String last = name.substring(name.lastIndexOf('.') + 1);
            if (!SECRET_NAME.matcher(last).find() || BENIGN_NAME.matcher(snake(last)).find()) {
                continue;
            }
            if (!randomLooking(value) || !valueStarts.add(sp[2])) {
                continue;
            }
            out.add(new Hit(SecretsRule.GENERIC_SECRET, line, idx.column(text, start + sp[2]), line,
                    idx.column(text, start + sp[3]), name, value));
        }
    }

    /** {@code PasswordLastUsed} becomes {@code password_last_used}. */
    static String snake(String name) {
        StringBuilder b = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && (Character.isLowerCase(name.charAt(i - 1))
                    || Character.isDigit(name.charAt(i - 1)))) {
                b.append('_');
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    private static boolean nameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
                || c == '-';
    }

    /** Whether a literal looks like a real secret rather than a word, a reference or a placeholder. */
    static boolean randomLooking(String value) {
        if (value.length() < 8 || placeholder(value) || value.startsWith("#")) {
            return false;
        }
        if ((value.indexOf('{') >= 0 && value.indexOf('}') > value.indexOf('{')) || REGEX_LIKE.matcher(value).find()
                || NOT_A_SECRET.matcher(value).find()) {
            return false;
        }
        boolean letter = false;
        boolean other = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (c != '_' && c != '.' && c != '-') {
                other = true;
            }
        }
        if (!letter || !other) {
            return false;
        }
        if (value.matches("(?i)https?://.*|/.*|\\./.*|~/.*|[A-Za-z]:\\\\.*")) {
            return false;
        }
        if (value.matches("[A-Za-z_][A-Za-z0-9_]*\\(.*") || value.matches("[a-z_]+\\.[a-z_.]+")) {
            return false;
        }
        if (value.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            return false;
        }
        return entropy(value) >= 3.0;
    }

    /** Placeholder values that templates and examples use. */
    static boolean placeholder(String value) {
        String low = value.toLowerCase(Locale.ROOT);
        if (repeated(value) || low.startsWith("$") || low.equals("none") || low.equals("null")
                || low.equals("true") || low.equals("false")) {
            return true;
        }
        for (String p : PLACEHOLDERS) {
            if (low.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean repeated(String s) {
        if (s.isEmpty()) {
            return true;
        }
        char c = s.charAt(0);
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }

    /** Whether an allow comment covers a line. */
    static boolean allowed(String text, LineIndex idx, int line) {
        String l = text.substring(idx.startOf(line), idx.endOf(line)).toLowerCase(Locale.ROOT);
        for (String a : ALLOW) {
            if (l.contains(a)) {
                return true;
            }
        }
        if (line > 1) {
            String prev = text.substring(idx.startOf(line - 1), idx.endOf(line - 1)).toLowerCase(Locale.ROOT)
                    .strip();
            if (prev.startsWith("#") || prev.startsWith("//")) {
                for (String a : ALLOW_NEXT) {
                    if (prev.contains(a)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The name a value at {@code at} is assigned to on its line, when the line reads like an assignment. */
    private static java.util.Optional<String> nameBefore(String text, int lineStart, int at) {
        String before = text.substring(lineStart, at);
        Matcher m = Pattern.compile("([A-Za-z_][A-Za-z0-9_.\\-]{0,80})[\"']?\\s*(?::=|=>|=|:)\\s*[rRbBuU]{0,2}"
                + "[\"'`]?$").matcher(before);
        if (m.find()) {
            return java.util.Optional.of(m.group(1));
        }
        return java.util.Optional.empty();
    }

    /**
     * Shannon entropy in bits per character.
     *
     * @param s the text
     * @return the entropy
     */
    public static double entropy(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        java.util.Map<Character, Integer> counts = new java.util.HashMap<>();
        for (int i = 0; i < s.length(); i++) {
            counts.merge(s.charAt(i), 1, Integer::sum);
        }
        double h = 0;
        for (int c : counts.values()) {
            double p = (double) c / s.length();
            h -= p * (Math.log(p) / Math.log(2));
        }
        return h;
    }

    /**
     * Whether a text would be reported as a secret on its own (a provider format, or long and random-looking).
     *
     * @param s the text
     * @return true when it looks like a secret
     */
    public static boolean looksSecret(String s) {
        if (!scan(s, Kind.CODE).isEmpty()) {
            return true;
        }
        return s.length() >= 16 && entropy(s) >= 3.5 && s.chars().anyMatch(Character::isDigit)
                && s.chars().anyMatch(Character::isLetter);
    }

    /**
     * A key as it may appear in a message: the key itself when it reads like a variable name and not like a
     * secret (someone may have pasted a token on a line of its own, which python-dotenv reads as a key),
     * otherwise a description by line.
     *
     * @param key the key
     * @param line its line
     * @return the text to show
     */
    public static String displayKey(String key, int line) {
        boolean ok = SHOWABLE.containsKey(key);
        if (!ok) {
            ok = key.length() <= 64 && PLAIN_NAME.matcher(key).matches() && !looksSecret(key);
            if (ok && SHOWABLE.size() < 10_000) {
                SHOWABLE.put(key, Boolean.TRUE);
            }
        }
        return ok ? key : "<key on line " + line + ">";
    }

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");
    /** Keys known to be showable names (bounded; only names that passed the test are kept). */
    private static final java.util.Map<String, Boolean> SHOWABLE = new java.util.concurrent.ConcurrentHashMap<>();

    /** Line starts and ends of a text, with code-point columns. */
    static final class LineIndex {
        private final int[] starts;
        private final int length;
        private final String text;

        LineIndex(String text) {
            this.length = text.length();
            int count = 1;
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'))) {
                    count++;
                }
            }
            starts = new int[count];
            int k = 1;
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'))) {
                    starts[k++] = i + 1;
                }
            }
            this.text = text;
        }

        int lineOf(int index) {
            int lo = 0;
            int hi = starts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (starts[mid] <= index) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo + 1;
        }

        int startOf(int line) {
            return starts[line - 1];
        }

        /** The index of the line's terminator (or the text's end). */
        int endOf(int line) {
            int e = line < starts.length ? starts[line] : length;
            while (e > starts[line - 1] && (text.charAt(e - 1) == '\n' || text.charAt(e - 1) == '\r')) {
                e--;
            }
            return e;
        }

        int column(String t, int index) {
            int s = starts[lineOf(index) - 1];
            return t.codePointCount(s, index) + 1;
        }
    }
}
