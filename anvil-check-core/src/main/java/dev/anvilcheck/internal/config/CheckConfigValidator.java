package dev.anvilcheck.internal.config;

import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.Severity;
import dev.anvilcheck.config.CheckConfig;
import dev.anvilcheck.config.ConfigRule;
import dev.anvilcheck.internal.project.Globs;
import dev.anvilcheck.internal.yaml.YNode;
import dev.anvilcheck.internal.yaml.YNode.YMap;
import dev.anvilcheck.internal.yaml.YNode.YScalar;
import dev.anvilcheck.internal.yaml.YNode.YSeq;
import dev.anvilcheck.python.PythonVersion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Validates anvil-check.yaml (DESIGN section 4) and builds {@link CheckConfig}. */
public final class CheckConfigValidator {

    static final Set<String> TOP = Set.of("python", "exclude", "required_sections", "required_env", "environments",
            "deployment", "database", "rules", "vault", "dependencies", "matrix", "notifications");
    private static final Pattern TARGET = Pattern.compile("(\\d+\\.\\d+)(?:-(\\d+\\.\\d+|skulpt))?");
    private static final Pattern RULE_CODE = Pattern.compile("[A-Z]{2}\\d{3}");
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(s|m|h|d)?");

    private final Nodes n;

    private CheckConfigValidator(String path, List<Finding> findings) {
        this.n = new Nodes(path, findings);
    }

    /** The validated settings and every finding. */
    public record Outcome(CheckConfig config, List<Finding> findings) {
    }

    /**
     * Validates a parsed anvil-check.yaml.
     *
     * @param root the document root
     * @param readFindings findings from reading
     * @param path the file's project-relative path
     * @return the settings (defaults where invalid) and findings
     */
    public static Outcome validate(Optional<YNode> root, List<Finding> readFindings, String path) {
        List<Finding> findings = new ArrayList<>(readFindings);
        if (root.isEmpty()) {
            return new Outcome(CheckConfig.defaults(), findings);
        }
        if (!(root.get() instanceof YMap)) {
            findings.add(Finding.of(ConfigRule.ROOT_NOT_MAPPING, Location.at(path, root.get().line(),
                    root.get().column()), path + " must be a mapping at the top level, not " + root.get().kindName()));
            return new Outcome(CheckConfig.defaults(), findings);
        }
        CheckConfigValidator v = new CheckConfigValidator(path, findings);
        return new Outcome(v.top((YMap) root.get()), findings);
    }

    private CheckConfig top(YMap root) {
        CheckConfig d = CheckConfig.defaults();
        n.unknownKeys("anvil-check.yaml", root, TOP);
        CheckConfig.Python python = python(root.get("python"));
        List<String> exclude = globs("exclude", root.get("exclude"));
        List<String> required = root.get("required_sections").isPresent()
                ? strings("required_sections", root.get("required_sections")) : d.requiredSections();
        for (String s : required) {
            if (!AnvilYamlValidator.TOP_LEVEL.contains(s)) {
                n.add(Finding.of(ConfigRule.INVALID_VALUE, n.at(root.get("required_sections").get()),
                        "required_sections names '" + s + "', which is not an anvil.yaml section")
                        .withHint(Suggest.closest(s, AnvilYamlValidator.TOP_LEVEL).map(g -> "did you mean '" + g + "'?")
                                .orElse(null)));
            }
        }
        Map<String, CheckConfig.RequiredVariable> requiredEnv = requiredEnv(root.get("required_env"));
        Map<String, CheckConfig.Environment> envs = environments(root.get("environments"));
        Optional<CheckConfig.Deployment> deployment = deployment(root.get("deployment"));
        CheckConfig.Database database = database(root.get("database"));
        CheckConfig.Rules rules = rules(root.get("rules"));
        CheckConfig.Vault vault = vault(root.get("vault"));
        CheckConfig.Dependencies deps = dependencies(root.get("dependencies"));
        CheckConfig.Matrix matrix = matrix(root.get("matrix"));
        Optional<String> slack = n.map("notifications", root.get("notifications"), true).flatMap(no -> {
            n.unknownKeys("notifications", no, Set.of("slack"));
            return n.map("notifications.slack", no.get("slack"), true);
        }).flatMap(sl -> {
            n.unknownKeys("notifications.slack", sl, Set.of("webhook_env"));
            return n.string("webhook_env", sl.get("webhook_env"), true);
        });
        return new CheckConfig(python, exclude, required, requiredEnv, envs, deployment, database, rules, vault,
                deps, matrix, slack);
    }

    /** Like {@link #strings}, but an entry that is not a valid glob becomes a finding at the entry and is dropped. */
    private List<String> globs(String what, Optional<YNode> node) {
        List<String> out = new ArrayList<>();
        for (YNode i : n.seq(what, node, true).map(YSeq::items).orElse(List.of())) {
            Optional<String> glob = n.string(what + " entry", Optional.of(i), false);
            Optional<String> problem = glob.flatMap(Globs::problem);
            if (problem.isPresent()) {
                n.add(Finding.of(ConfigRule.INVALID_VALUE, n.at(i), what + ": " + problem.get())
                        .withHint("write a glob such as tests/** or *_test.py; escape a literal [ as \\["));
            } else {
                glob.ifPresent(out::add);
            }
        }
        return out;
    }

    private List<String> strings(String what, Optional<YNode> node) {
        List<String> out = new ArrayList<>();
        for (YNode i : n.seq(what, node, true).map(YSeq::items).orElse(List.of())) {
            n.string(what + " entry", Optional.of(i), false).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Whether a text is a Python target: a version ({@code 3.10}) or a range, lowest first ({@code 3.7-3.13}), or
     * where allowed {@code 3.7-skulpt}. The one definition for anvil-check.yaml and the CLI's {@code --target}.
     *
     * @param text the text (surrounding white space ignored)
     * @param allowSkulpt whether {@code V-skulpt} (client code's browser runtime) is accepted
     * @return true when it is a target
     */
    public static boolean isTarget(String text, boolean allowSkulpt) {
        Matcher m = TARGET.matcher(text.trim());
        return m.matches() && PythonVersion.tryParse(m.group(1)).isPresent()
                && (m.group(2) == null || (m.group(2).equals("skulpt") ? allowSkulpt
                : PythonVersion.tryParse(m.group(2)).map(hi -> !hi.before(PythonVersion.parse(m.group(1))))
                .orElse(false)));
    }

    private Optional<String> target(String what, Optional<YNode> node, boolean allowSkulpt) {
        Optional<String> t = n.scalarText(what, node.filter(v -> !(v instanceof YScalar && ((YScalar) v).isNull())));
        if (t.isEmpty()) {
            return t;
        }
        if (!isTarget(t.get(), allowSkulpt)) {
            n.add(Finding.of(ConfigRule.INVALID_VALUE, n.at(node.get()), what + " '" + t.get()
                    + "' is not a Python target").withHint("write a version (3.10), a range (3.7-3.13)"
                    + (allowSkulpt ? " or 3.7-skulpt for the browser runtime" : "")));
            return Optional.empty();
        }
        return Optional.of(t.get().trim());
    }

    private CheckConfig.Python python(Optional<YNode> node) {
        Optional<YMap> m = n.map("python", node, true);
        if (m.isEmpty()) {
            return CheckConfig.defaults().python();
        }
        n.unknownKeys("python", m.get(), Set.of("server", "client", "matrix"));
        Optional<String> server = target("python.server", m.get().get("server"), false);
        Optional<String> client = target("python.client", m.get().get("client"), true);
        List<PythonVersion> matrix = new ArrayList<>();
        for (YNode i : n.seq("python.matrix", m.get().get("matrix"), true).map(YSeq::items).orElse(List.of())) {
            Optional<String> t = n.scalarText("python.matrix entry", Optional.of(i));
            Optional<PythonVersion> v = t.flatMap(PythonVersion::tryParse);
            if (t.isPresent() && v.isEmpty()) {
                n.add(Finding.of(ConfigRule.INVALID_VALUE, n.at(i), "python.matrix entry '" + t.get()
                        + "' is not a Python version"));
            }
            v.ifPresent(matrix::add);
        }
        return new CheckConfig.Python(server, client, matrix);
    }

    private Map<String, CheckConfig.RequiredVariable> requiredEnv(Optional<YNode> node) {
        Map<String, CheckConfig.RequiredVariable> out = new LinkedHashMap<>();
        for (YNode.Entry e : n.map("required_env", node, true).map(m -> m.entries().values()).orElse(List.of())) {
            CheckConfig.VariableType type = CheckConfig.VariableType.STRING;
            boolean required = true;
            Optional<String> pattern = Optional.empty();
            if (!(e.value() instanceof YScalar && ((YScalar) e.value()).isNull())) {
                Optional<YMap> spec = n.map("required_env." + e.key(), Optional.of(e.value()), true);
                if (spec.isEmpty()) {
                    continue;
                }
                n.unknownKeys("required_env." + e.key(), spec.get(), Set.of("type", "required", "pattern"));
                Optional<String> t = n.string("type", spec.get().get("type"), true);
                if (t.isPresent()) {
                    try {
                        type = CheckConfig.VariableType.valueOf(t.get().toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException ex) {
                        n.add(Finding.of(ConfigRule.INVALID_VALUE, n.at(spec.get().get("type").get()), "type '"
                                + t.get() + "' of " + e.key() + " is not string, integer, float, boolean, url or email"));
                    }
                }
                required = n.bool("required", spec.get().get("required"), true).orElse(true);
                pattern = n.string("pattern", spec.get().get("pattern"), true);
                if (pattern.isPresent()) {
                    try {
                        Pattern.compile(pattern.get());
                    } catch (PatternSyntaxException ex) {
                        n.add(Finding.of(ConfigRule.INVALID_VALUE, n.at(spec.get().get("pattern").get()),
                                "pattern of " + e.key() + " is not a valid regular expression: "
                                        + ex.getDescription()));
                        pattern = Optional.empty();
                    }
                }
            }
            out.put(e.key(), new CheckConfig.RequiredVariable(e.key(), type, required, pattern));
        }
        return out;
    }

    private Map<String, CheckConfig.Environment> environments(Optional<YNode> node) {
        Map<String, CheckConfig.Environment> out = new LinkedHashMap<>();
        for (YNode.Entry e : n.map("environments", node, true).map(m -> m.entries().values()).orElse(List.of())) {
            Optional<YMap> env = n.map("environments." + e.key(), Optional.of(e.value()), true);
            if (env.isEmpty()) {
                out.put(e.key(), new CheckConfig.Environment(e.key(), Optional.empty(), Optional.empty()));
                continue;
            }
            String where = "environments." + e.key();
            n.unknownKeys(where, env.get(), Set.of("database", "vault"));
            Optional<CheckConfig.DatabaseTarget> db = n.map(where + ".database", env.get().get("database"), true)
                    .flatMap(d -> {
                        n.unknownKeys(where + ".database", d, Set.of("url_env", "schema"));
                        Optional<String> urlEnv = n.string("url_env", d.get("url_env"), false);
                        if (urlEnv.isPresent() && !urlEnv.get().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                            // never echo it: people paste the URL, password and all, where the name belongs
                            n.add(Finding.of(ConfigRule.INVALID_VALUE, n.at(d.get("url_env").get()), where
                                    + ".database.url_env must name an environment variable, not hold the URL")
                                    .withHint("write url_env: STAGING_DATABASE_URL and set that variable; "
                                            + "a URL with a password does not belong in this file"));
                            urlEnv = Optional.empty();
                        }
                        if (d.get("url_env").isEmpty()) {
                            n.add(Finding.of(ConfigRule.MISSING_KEY, n.at(d), where + ".database needs url_env"));
                        }
                        String schema = n.string("schema", d.get("schema"), true).orElse("app_tables");
                        return urlEnv.map(u -> new CheckConfig.DatabaseTarget(u, schema));
                    });
            Optional<CheckConfig.VaultTarget> vault = n.map(where + ".vault", env.get().get("vault"), true)
                    .flatMap(v -> {
                        n.unknownKeys(where + ".vault", v, Set.of("mount", "path", "kv_version", "keys"));
                        Optional<String> mount = n.string("mount", v.get("mount"), true);
                        Optional<String> path = n.string("path", v.get("path"), false);
                        if (v.get("path").isEmpty()) {
                            n.add(Finding.of(ConfigRule.MISSING_KEY, n.at(v), where + ".vault needs path"));
                        }
                        Optional<Integer> kv = n.integer("kv_version", v.get("kv_version"), true).map(Long::intValue);
                        if (kv.isPresent() && kv.get() != 1 && kv.get() != 2) {
                            n.add(Finding.of(ConfigRule.INVALID_VALUE, n.at(v.get("kv_version").get()),
                                    "kv_version must be 1 or 2"));
                            kv = Optional.empty();
                        }
                        List<String> keys = strings("keys", v.get("keys"));
                        Optional<Integer> kvv = kv;
                        return path.map(p -> new CheckConfig.VaultTarget(mount.orElse("secret"), p, kvv, keys));
                    });
            out.put(e.key(), new CheckConfig.Environment(e.key(), db, vault));
        }
        return out;
    }

    private Optional<Duration> duration(String what, Optional<YNode> node) {
        Optional<String> t = n.scalarText(what, node.filter(v -> !(v instanceof YScalar && ((YScalar) v).isNull())));
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = DURATION.matcher(t.get().trim().toLowerCase(Locale.ROOT));
        if (!m.matches() || m.group(1).length() > 9) {
            n.add(Finding.of(ConfigRule.INVALID_VALUE, n.at(node.get()), what + " '" + t.get()
                    + "' is not a duration").withHint("write seconds (30), or 30s, 15m, 1h, 2d"));
            return Optional.empty();
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        switch (unit) {
            case "m": return Optional.of(Duration.ofMinutes(amount));
            case "h": return Optional.of(Duration.ofHours(amount));
            case "d": return Optional.of(Duration.ofDays(amount));
            default: return Optional.of(Duration.ofSeconds(amount));
        }
    }

    private Optional<CheckConfig.Deployment> deployment(Optional<YNode> node) {
        return n.map("deployment", node, true).map(d -> {
            n.unknownKeys("deployment", d, Set.of("strategy", "health_check", "rollback"));
            Optional<String> strategy = n.string("strategy", d.get("strategy"), true);
            strategy.filter(s -> !Set.of("rolling", "blue-green", "recreate").contains(s)).ifPresent(s ->
                    n.add(Finding.of(ConfigRule.INVALID_VALUE, n.at(d.get("strategy").get()), "deployment.strategy '"
                            + s + "' is not rolling, blue-green or recreate")));
            Optional<YMap> hc = n.map("health_check", d.get("health_check"), true);
            hc.ifPresent(h -> n.unknownKeys("deployment.health_check", h, Set.of("url", "timeout_s")));
            Optional<String> url = hc.flatMap(h -> n.string("url", h.get("url"), true));
            Optional<Duration> timeout = hc.flatMap(h -> n.integer("timeout_s", h.get("timeout_s"), true))
                    .map(Duration::ofSeconds);
            Optional<YMap> rb = n.map("rollback", d.get("rollback"), true);
            rb.ifPresent(r -> n.unknownKeys("deployment.rollback", r, Set.of("on_failure", "command")));
            boolean onFailure = rb.flatMap(r -> n.bool("on_failure", r.get("on_failure"), true)).orElse(false);
            Optional<String> command = rb.flatMap(r -> n.string("command", r.get("command"), true));
            return new CheckConfig.Deployment(strategy, url, timeout, onFailure, command);
        });
    }

    private CheckConfig.Database database(Optional<YNode> node) {
        Optional<YMap> m = n.map("database", node, true);
        if (m.isEmpty()) {
            return CheckConfig.defaults().database();
        }
        n.unknownKeys("database", m.get(), Set.of("migrations", "schema", "extra", "allow_destructive"));
        Optional<String> migrations = n.string("migrations", m.get().get("migrations"), true);
        String schema = n.string("schema", m.get().get("schema"), true).orElse("app_tables");
        Optional<YMap> extra = n.map("extra", m.get().get("extra"), true);
        extra.ifPresent(e -> n.unknownKeys("database.extra", e, Set.of("indexes", "functions", "constraints",
                "comments")));
        boolean destructive = n.bool("allow_destructive", m.get().get("allow_destructive"), true).orElse(false);
        return new CheckConfig.Database(migrations, schema, Nodes.plainMap(extra), destructive);
    }

    private CheckConfig.Rules rules(Optional<YNode> node) {
        Optional<YMap> m = n.map("rules", node, true);
        if (m.isEmpty()) {
            return CheckConfig.defaults().rules();
        }
        n.unknownKeys("rules", m.get(), Set.of("severity", "ignore"));
        Map<String, Severity> severity = new LinkedHashMap<>();
        for (YNode.Entry e : n.map("rules.severity", m.get().get("severity"), true).map(x -> x.entries().values())
                .orElse(List.of())) {
            if (!RULE_CODE.matcher(e.key()).matches()) {
                n.add(Finding.of(ConfigRule.INVALID_VALUE, n.at(e), "'" + e.key() + "' is not a rule code (such as PY101)"));
                continue;
            }
            Optional<String> s = n.string("severity of " + e.key(), Optional.of(e.value()), false);
            Optional<Severity> sev = s.flatMap(Severity::parse);
            if (s.isPresent() && sev.isEmpty()) {
                n.add(Finding.of(ConfigRule.INVALID_VALUE, n.at(e.value()), "severity '" + s.get()
                        + "' is not error, warning or info"));
            }
            sev.ifPresent(v -> severity.put(e.key(), v));
        }
        List<CheckConfig.Ignore> ignores = new ArrayList<>();
        for (YNode i : n.seq("rules.ignore", m.get().get("ignore"), true).map(YSeq::items).orElse(List.of())) {
            Optional<YMap> im = n.map("an ignore entry", Optional.of(i), false);
            if (im.isEmpty()) {
                continue;
            }
            n.unknownKeys("an ignore entry", im.get(), Set.of("rule", "paths"));
            Optional<String> rule = n.string("rule", im.get().get("rule"), false);
            if (im.get().get("rule").isEmpty()) {
                n.add(Finding.of(ConfigRule.MISSING_KEY, n.at(i), "an ignore entry needs a rule"));
            }
            rule.filter(r -> !RULE_CODE.matcher(r).matches()).ifPresent(r -> n.add(Finding.of(ConfigRule.INVALID_VALUE,
                    n.at(im.get().get("rule").get()), "'" + r + "' is not a rule code (such as PY101)")));
            List<String> paths = globs("paths", im.get().get("paths"));
            rule.filter(r -> RULE_CODE.matcher(r).matches()).ifPresent(r -> ignores.add(new CheckConfig.Ignore(r, paths)));
        }
        return new CheckConfig.Rules(severity, ignores);
    }

    private CheckConfig.Vault vault(Optional<YNode> node) {
        Optional<YMap> m = n.map("vault", node, true);
        if (m.isEmpty()) {
            return CheckConfig.defaults().vault();
        }
        n.unknownKeys("vault", m.get(), Set.of("min_token_ttl", "allow_read"));
        return new CheckConfig.Vault(duration("min_token_ttl", m.get().get("min_token_ttl")),
                n.bool("allow_read", m.get().get("allow_read"), true).orElse(false));
    }

    private CheckConfig.Dependencies dependencies(Optional<YNode> node) {
        Optional<YMap> m = n.map("dependencies", node, true);
        if (m.isEmpty()) {
            return CheckConfig.defaults().dependencies();
        }
        YMap d = m.get();
        n.unknownKeys("dependencies", d, Set.of("source", "python", "index_url", "cache_dir", "offline", "file"));
        String source = n.string("source", d.get("source"), true).orElse("installed");
        if (!Set.of("installed", "pypi", "file").contains(source)) {
            n.add(Finding.of(ConfigRule.INVALID_VALUE, n.at(d.get("source").get()), "dependencies.source '" + source
                    + "' is not installed, pypi or file"));
            source = "installed";
        }
        return new CheckConfig.Dependencies(source, n.string("python", d.get("python"), true),
                n.string("index_url", d.get("index_url"), true), n.string("cache_dir", d.get("cache_dir"), true),
                n.bool("offline", d.get("offline"), true).orElse(false), n.string("file", d.get("file"), true));
    }

    private CheckConfig.Matrix matrix(Optional<YNode> node) {
        Optional<YMap> m = n.map("matrix", node, true);
        if (m.isEmpty()) {
            return CheckConfig.defaults().matrix();
        }
        n.unknownKeys("matrix", m.get(), Set.of("interpreters", "run_tests"));
        return new CheckConfig.Matrix(strings("interpreters", m.get().get("interpreters")),
                n.bool("run_tests", m.get().get("run_tests"), true).orElse(false));
    }
}
