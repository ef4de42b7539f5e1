package dev.anvilcheck.secrets.internal;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.config.CheckConfig;
import dev.anvilcheck.internal.io.SafeFiles;
import dev.anvilcheck.internal.project.Globs;
import dev.anvilcheck.internal.project.ProjectScanner;
import dev.anvilcheck.internal.yaml.YamlReader;
import dev.anvilcheck.secrets.SecretStore;
import dev.anvilcheck.secrets.SecretStoreResult;
import dev.anvilcheck.secrets.SecretsResult;
import dev.anvilcheck.secrets.SecretsRule;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every part of the secrets check over a project. Logs counts and paths only. Thread-safe (no shared state).
 */
public final class SecretsChecker {

    private static final Logger LOG = LoggerFactory.getLogger(SecretsChecker.class);
    /** The .env file. */
    public static final String ENV = ".env";
    /** Example files, in order of preference. */
    static final List<String> EXAMPLES = List.of(".env.example", ".env.sample", ".env.template", ".env.dist");
    static final long MAX_ENV_BYTES = 1024 * 1024;
    static final long MAX_SCAN_BYTES = 4L * 1024 * 1024;
    static final Set<String> CODE_EXT = Set.of("py", "pyi", "js", "mjs", "ts", "html", "htm", "sh", "bash",
            "java", "kt", "go", "rb", "php", "ipynb");
    static final Set<String> CONFIG_EXT = Set.of("yaml", "yml", "json", "toml", "ini", "cfg", "conf", "env",
            "properties", "txt", "md", "rst", "xml", "pem", "key", "tf", "tfvars");
    static final Set<String> SKIP_FILES = Set.of("package-lock.json", "yarn.lock", "poetry.lock", "Pipfile.lock",
            "pnpm-lock.yaml", Baseline.FILE);

    private final AnvilProject project;
    private final Map<String, String> environment;
    private final List<Finding> findings = new ArrayList<>();

    private SecretsChecker(AnvilProject project, Map<String, String> environment) {
        this.project = project;
        this.environment = environment;
    }

    /**
     * Runs the check.
     *
     * @param project the project
     * @param environment the process environment to check required variables against
     * @param store a secret store to include, with the environment's name
     * @param storeEnvironment the environment the store is asked about
     * @return the result, rule settings applied
     */
    public static SecretsResult run(AnvilProject project, Map<String, String> environment,
                                    Optional<SecretStore> store, String storeEnvironment) {
        return new SecretsChecker(project, environment).doRun(store, storeEnvironment);
    }

    /**
     * The fingerprints of every hard-coded secret in the project, ignoring the baseline.
     *
     * @param project the project
     * @return the fingerprints
     */
    public static Set<String> leakFingerprints(AnvilProject project) {
        SecretsChecker c = new SecretsChecker(project, Map.of());
        Set<String> out = new TreeSet<>();
        for (Finding f : c.scanLeaks(new int[1])) {
            if (f.details() instanceof dev.anvilcheck.Details.Secret) {
                out.add(((dev.anvilcheck.Details.Secret) f.details()).fingerprint());
            }
        }
        return out;
    }

    private SecretsResult doRun(Optional<SecretStore> store, String storeEnvironment) {
        Path root = project.root();
        List<SecretsResult.EnvFile> envFiles = new ArrayList<>();
        Map<String, DotenvReader.File> read = new LinkedHashMap<>();
        for (String name : envFileNames(root)) {
            Optional<DotenvReader.File> f = readEnv(root.resolve(name), name);
            f.ifPresent(file -> {
                read.put(name, file);
                envFiles.add(new SecretsResult.EnvFile(name, shownKeys(file), file.errors().size()));
                findings.addAll(DotenvLinter.lint(file, name));
                LOG.debug("read {}: {} keys, {} unreadable statements", name, file.keys().size(),
                        file.errors().size());
            });
        }
        DotenvReader.File env = read.get(ENV);
        String exampleName = EXAMPLES.stream().filter(read::containsKey).findFirst().orElse(null);
        DotenvReader.File example = exampleName == null ? null : read.get(exampleName);
        Optional<SecretsResult.Comparison> comparison = Optional.empty();
        if (env != null && example != null) {
            comparison = Optional.of(compare(env, example, exampleName));
        }
        List<SecretsResult.RequiredStatus> required = required(env, example, exampleName);
        int[] counts = new int[3];
        List<Finding> leaks = scanLeaks(counts);
        Baseline.Read baseline = Baseline.read(root);
        baseline.problem().ifPresent(p -> findings.add(Finding.of(SecretsRule.BASELINE_UNREADABLE,
                Location.file(Baseline.FILE), Baseline.FILE + " cannot be used: " + p)
                .withHint("regenerate it with anvil-check secrets --update-baseline")));
        int baselined = 0;
        for (Finding f : leaks) {
            if (f.details() instanceof dev.anvilcheck.Details.Secret
                    && baseline.fingerprints().contains(((dev.anvilcheck.Details.Secret) f.details()).fingerprint())) {
                baselined++;
            } else {
                findings.add(f);
            }
        }
        CodeUses.Outcome uses = CodeUses.check(project, example == null ? Set.of() : new HashSet<>(example.keys()),
                project.checkConfig().requiredEnv().keySet());
        findings.addAll(uses.findings());
        Optional<SecretStoreResult> storeResult = store.map(s -> askStore(s, storeEnvironment));
        storeResult.ifPresent(r -> findings.addAll(r.findings()));
        List<Finding> settled = project.applyRuleSettings(findings);
        int reported = (int) settled.stream()
                .filter(f -> f.rule() instanceof SecretsRule && ((SecretsRule) f.rule()).isLeak()).count();
        LOG.debug("secrets check of {}: {} files scanned, {} hard-coded secrets, {} in the baseline",
                root, counts[0], reported, baselined);
        return new SecretsResult(envFiles, comparison, required, uses.secrets(), uses.envVars(), counts[0],
                reported, baselined, storeResult, settled);
    }

    /** The file's keys as they may be shown (a key that looks like a secret is replaced by its line). */
    static List<String> shownKeys(DotenvReader.File file) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (DotenvReader.Entry e : file.entries()) {
            shown.putIfAbsent(e.key(), SecretScanner.displayKey(e.key(), e.line()));
        }
        return List.copyOf(shown.values());
    }

    private SecretStoreResult askStore(SecretStore store, String environmentName) {
        try {
            SecretStoreResult r = store.check(project, environmentName);
            if (r == null) {
                throw new IllegalStateException("null result");
            }
            return r;
        } catch (RuntimeException e) {
            String what = store.getClass().getSimpleName();
            return new SecretStoreResult(what, environmentName, List.of(), List.of(Finding.of(
                    SecretsRule.STORE_FAILED, null, "the secret store " + what + " failed for environment '"
                            + environmentName + "' (" + e.getClass().getSimpleName() + ")")));
        }
    }

    static List<String> envFileNames(Path root) {
        List<String> names = new ArrayList<>();
        try (var s = Files.list(root)) {
            // not only regular files: a FIFO, a device, a folder or a broken link named .env is reported by readEnv
            // (never opened) instead of skipped; a virtualenv folder named .env is not an env file at all
            s.filter(p -> !Files.isRegularFile(p.resolve("pyvenv.cfg"))).map(p -> p.getFileName().toString())
                    .filter(n -> n.equals(ENV) || n.startsWith(ENV + ".")).sorted().forEach(names::add);
        } catch (IOException e) {
            return names;
        }
        return names;
    }

    private Optional<DotenvReader.File> readEnv(Path file, String name) {
        try {
            return Optional.of(DotenvReader.read(SafeFiles.readBytes(file, MAX_ENV_BYTES)));
        } catch (IOException e) {
            findings.add(Finding.of(SecretsRule.FILE_UNREADABLE, Location.file(name),
                    name + " " + SafeFiles.describe(e)));
            return Optional.empty();
        }
    }

    private SecretsResult.Comparison compare(DotenvReader.File env, DotenvReader.File example, String exampleName) {
        Set<String> envKeys = new TreeSet<>(env.keys());
        Set<String> exKeys = new TreeSet<>(example.keys());
        List<String> missingInEnv = new ArrayList<>();
        List<String> missingInExample = new ArrayList<>();
        for (String k : exKeys) {
            if (!envKeys.contains(k)) {
                missingInEnv.add(k);
                DotenvReader.Entry e = example.last(k).orElseThrow();
                String shown = SecretScanner.displayKey(k, e.line());
                findings.add(Finding.of(SecretsRule.MISSING_IN_ENV, Location.at(exampleName, e.line(), e.column()),
                        shown + " is in " + exampleName + " but missing from .env")
                        .withHint("add " + shown + " to .env, or remove it from " + exampleName)
                        .withDetails(new dev.anvilcheck.Details.Secret(shown,
                                Fingerprints.of(SecretsRule.MISSING_IN_ENV, exampleName, "key:" + k))));
            }
        }
        for (String k : envKeys) {
            if (!exKeys.contains(k)) {
                missingInExample.add(k);
                DotenvReader.Entry e = env.last(k).orElseThrow();
                String shown = SecretScanner.displayKey(k, e.line());
                findings.add(Finding.of(SecretsRule.MISSING_IN_EXAMPLE, Location.at(ENV, e.line(), e.column()),
                        shown + " is in .env but missing from " + exampleName)
                        .withHint("add " + shown + "= with a placeholder value to " + exampleName)
                        .withDetails(new dev.anvilcheck.Details.Secret(shown,
                                Fingerprints.of(SecretsRule.MISSING_IN_EXAMPLE, ENV, "key:" + k))));
            }
        }
        return new SecretsResult.Comparison(
                missingInEnv.stream().map(k -> SecretScanner.displayKey(k, example.last(k).get().line())).toList(),
                missingInExample.stream().map(k -> SecretScanner.displayKey(k, env.last(k).get().line())).toList());
    }

    private List<SecretsResult.RequiredStatus> required(DotenvReader.File env, DotenvReader.File example,
                                                        String exampleName) {
        List<SecretsResult.RequiredStatus> out = new ArrayList<>();
        Map<String, CheckConfig.RequiredVariable> vars = project.checkConfig().requiredEnv();
        if (vars.isEmpty()) {
            return out;
        }
        Map<String, String> envValues = env == null ? Map.of() : env.values(environment);
        List<String> configLines = configLines();
        for (CheckConfig.RequiredVariable v : vars.values()) {
            String name = v.name();
            String type = v.type().name().toLowerCase(Locale.ROOT);
            Location configAt = configLocation(configLines, name);
            SecretsResult.Source source;
            String value;
            Location at;
            if (envValues.containsKey(name) && envValues.get(name) != null) {
                source = SecretsResult.Source.DOTENV;
                value = envValues.get(name);
                DotenvReader.Entry e = env.last(name).orElseThrow();
                at = Location.at(ENV, e.line(), e.column());
            } else if (environment.containsKey(name) && environment.get(name) != null) {
                source = SecretsResult.Source.ENVIRONMENT;
                value = environment.get(name);
                at = configAt;
            } else {
                source = SecretsResult.Source.MISSING;
                value = null;
                at = configAt;
            }
            boolean valid = true;
            String where = source == SecretsResult.Source.DOTENV ? "in .env" : "in the process environment";
            if (source == SecretsResult.Source.MISSING) {
                if (v.required()) {
                    valid = false;
                    findings.add(Finding.of(SecretsRule.REQUIRED_MISSING, at, "the required variable " + name
                            + " is set neither in .env nor in the process environment")
                            .withHint(example != null && example.keys().contains(name)
                                    ? "copy it from " + exampleName + " into .env with a real value, or set it in "
                                    + "the deploy environment" : "set it in .env or in the deploy environment")
                            .withDetails(Fingerprints.forKey(SecretsRule.REQUIRED_MISSING, at.path(), name)));
                }
            } else if (value.isEmpty()) {
                if (v.required()) {
                    valid = false;
                    findings.add(Finding.of(SecretsRule.REQUIRED_EMPTY, at, "the required variable " + name
                            + " is empty " + where)
                            .withDetails(Fingerprints.forKey(SecretsRule.REQUIRED_EMPTY, at.path(), name)));
                }
            } else {
                Optional<String> problem = typeProblem(v, value);
                if (problem.isPresent()) {
                    valid = false;
                    findings.add(Finding.of(SecretsRule.REQUIRED_TYPE, at, "the variable " + name + " " + where
                            + " " + problem.get()).withHint("the value is not shown; check it against required_env")
                            .withDetails(Fingerprints.forValue(SecretsRule.REQUIRED_TYPE, at.path(), name, value)));
                }
            }
            if (example != null && !example.keys().contains(name)) {
                findings.add(Finding.of(SecretsRule.REQUIRED_UNDOCUMENTED, configAt, "the required variable "
                        + name + " is not listed in " + exampleName)
                        .withHint("add " + name + "= with a placeholder to " + exampleName)
                        .withDetails(Fingerprints.forKey(SecretsRule.REQUIRED_UNDOCUMENTED, configAt.path(), name)));
            }
            out.add(new SecretsResult.RequiredStatus(name, type, v.required(), source, valid));
        }
        return out;
    }

    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    private static final Set<String> BOOLEANS = Set.of("true", "false", "yes", "no", "1", "0", "on", "off");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    /** What is wrong with a value for its declared type, never quoting the value. */
    static Optional<String> typeProblem(CheckConfig.RequiredVariable v, String value) {
        String t = value.trim();
        switch (v.type()) {
            case INTEGER:
                return INTEGER.matcher(t).matches() ? Optional.empty() : Optional.of("is not an integer");
            case FLOAT:
                return FLOAT.matcher(t).matches() ? Optional.empty() : Optional.of("is not a number");
            case BOOLEAN:
                return BOOLEANS.contains(t.toLowerCase(Locale.ROOT)) ? Optional.empty()
                        : Optional.of("is not a boolean (true/false, yes/no, 1/0, on/off)");
            case URL:
                try {
                    URI u = new URI(t);
                    boolean ok = u.getScheme() != null && u.isAbsolute() && u.getRawSchemeSpecificPart() != null
                            && u.getRawSchemeSpecificPart().startsWith("//")
                            && u.getRawSchemeSpecificPart().length() > 2;
                    return ok ? Optional.empty() : Optional.of("is not an absolute URL (scheme://...)");
                } catch (URISyntaxException e) {
                    return Optional.of("is not a valid URL");
                }
            case EMAIL:
                return EMAIL.matcher(t).matches() ? Optional.empty() : Optional.of("is not an e-mail address");
            case STRING:
            default:
                if (v.pattern().isPresent()) {
                    try {
                        return Pattern.compile(v.pattern().get()).matcher(value).matches() ? Optional.empty()
                                : Optional.of("does not match the pattern required_env gives");
                    } catch (PatternSyntaxException e) {
                        return Optional.of("cannot be checked: the pattern in required_env is not a valid regular "
                                + "expression");
                    }
                }
                return Optional.empty();
        }
    }

    private List<String> configLines() {
        Path f = project.options().configFile().orElse(project.root().resolve(AnvilProject.CHECK_YAML));
        try {
            if (Files.isRegularFile(f) && Files.size(f) < MAX_SCAN_BYTES) {
                return List.of(new String(SafeFiles.readBytes(f, MAX_SCAN_BYTES), StandardCharsets.UTF_8).split("\r\n|\r|\n", -1));
            }
        } catch (IOException e) {
            return List.of();
        }
        return List.of();
    }

    private Location configLocation(List<String> lines, String name) {
        String path = project.options().configFile().map(p -> {
            Path abs = p.toAbsolutePath().normalize();
            return abs.startsWith(project.root()) ? ProjectScanner.relative(project.root(), abs) : abs.toString();
        }).orElse(AnvilProject.CHECK_YAML);
        boolean inSection = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("required_env")) {
                inSection = true;
                continue;
            }
            if (inSection && !l.isEmpty() && !Character.isWhitespace(l.charAt(0)) && !l.startsWith("#")) {
                inSection = false;
            }
            String s = l.strip();
            if (inSection && (s.startsWith(name + ":") || s.startsWith("\"" + name + "\":")
                    || s.startsWith("'" + name + "':"))) {
                return Location.at(path, i + 1, l.indexOf(s.charAt(0)) + 1);
            }
        }
        return Location.file(path);
    }

    /** Scans the project's files for hard-coded secrets; counts[0] gets the number of files scanned. */
    List<Finding> scanLeaks(int[] counts) {
        Path root = project.root();
        List<String> excludes = new ArrayList<>(project.checkConfig().exclude());
        excludes.addAll(project.options().excludes());
        Globs globs = new Globs(excludes);
        GitIgnore ignore = GitIgnore.read(root);
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), 64, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root)) {
                        String n = dir.getFileName().toString();
                        if (ProjectScanner.SKIPPED_DIRS.contains(n) || globs.matches(ProjectScanner.relative(root, dir))
                                || n.equals("site-packages")) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        files.add(file);
                    } else if (!attrs.isDirectory() && !SafeFiles.isEditorLock(file)
                            && SafeFiles.problem(file).isPresent() && !reportedElsewhere(root, file)) {
                        // a FIFO, device, socket or broken link: reported below (never opened), not skipped
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.debug("listing {} failed: {}", root, e.getClass().getSimpleName());
        }
        files.sort(null);
        List<Finding> out = new ArrayList<>();
        for (Path file : files) {
            String rel = ProjectScanner.relative(root, file);
            String name = file.getFileName().toString();
            Optional<SecretScanner.Kind> kind = kindOf(name);
            if (kind.isEmpty() || globs.matches(rel) || SKIP_FILES.contains(name)) {
                continue;
            }
            boolean dotenv = name.equals(ENV) || (name.startsWith(ENV + ".") && !EXAMPLES.contains(name));
            if (dotenv && ignore.ignores(rel)) {
                LOG.debug("{} is git-ignored: not scanned for hard-coded secrets", rel);
                continue;
            }
            Optional<String> problem = SafeFiles.problem(file);
            if (problem.isPresent()) {
                out.add(Finding.of(SecretsRule.FILE_UNREADABLE, Location.file(rel), rel + " " + problem.get()));
                continue;
            }
            byte[] bytes;
            try {
                if (Files.size(file) > MAX_SCAN_BYTES) {
                    continue;
                }
                bytes = SafeFiles.readBytes(file, MAX_SCAN_BYTES);
            } catch (IOException e) {
                out.add(Finding.of(SecretsRule.FILE_UNREADABLE, Location.file(rel),
                        rel + " " + SafeFiles.describe(e)));
                continue;
            }
            if (binary(bytes)) {
                continue;
            }
            counts[0]++;
            String text = new String(bytes, StandardCharsets.UTF_8);
            List<SecretScanner.Hit> hits = new ArrayList<>();
            Set<Integer> serviceLines = new HashSet<>();
            if (rel.equals(AnvilProject.ANVIL_YAML)) {
                YamlReader.parse(bytes, rel).root().ifPresent(y -> {
                    for (SecretScanner.Hit h : ServiceCredentials.find(y)) {
                        hits.add(h);
                        serviceLines.add(h.line());
                    }
                });
            }
            try {
                for (SecretScanner.Hit h : SecretScanner.scan(text, kind.get())) {
                    if (h.rule() == SecretsRule.GENERIC_SECRET && serviceLines.contains(h.line())) {
                        continue;
                    }
                    hits.add(h);
                }
            } catch (RuntimeException | StackOverflowError e) {
                out.add(Finding.of(SecretsRule.FILE_UNREADABLE, Location.file(rel), rel
                        + " could not be scanned for secrets (" + e.getClass().getSimpleName() + ")"));
                continue;
            }
            for (SecretScanner.Hit h : hits) {
                out.add(toFinding(h, rel, dotenv));
            }
        }
        return out;
    }

    static Finding toFinding(SecretScanner.Hit h, String rel, boolean dotenv) {
        String shown = SecretScanner.displayKey(h.name(), h.line());
        String what = describe(h.rule());
        String message;
        String hint;
        if (h.rule() == SecretsRule.PLAINTEXT_SERVICE_CREDENTIAL) {
            message = "plaintext credential '" + shown + "' in anvil.yaml service configuration";
            hint = "set it again in the Anvil editor so that it is stored encrypted (" + shown + "_enc)";
        } else if (h.rule() == SecretsRule.GENERIC_SECRET) {
            message = "hard-coded secret-looking value assigned to '" + shown + "'";
            hint = "read it from the environment or anvil.secrets; if it is not a secret, add the comment "
                    + "'anvil-check: allow-secret' to the line";
        } else {
            message = "hard-coded " + what + (shown.equals(h.rule().title()) ? "" : " in '" + shown + "'");
            hint = dotenv ? "this .env file is not git-ignored: add it to .gitignore and rotate the secret"
                    : "revoke or rotate it, then read it from the environment or anvil.secrets";
        }
        Location at = new Location(rel, h.line(), h.column(), h.endLine(),
                h.endLine() == h.line() ? Math.max(h.endColumn(), h.column()) : h.endColumn());
        return Finding.of(h.rule(), at, message).withHint(hint)
                .withDetails(Fingerprints.forValue(h.rule(), rel, shown, h.secret()));
    }

    static String describe(SecretsRule r) {
        switch (r) {
            case AWS_ACCESS_KEY: return "AWS access key id";
            case GITHUB_TOKEN: return "GitHub token";
            case GITLAB_TOKEN: return "GitLab token";
            case SLACK_TOKEN: return "Slack token";
            case SLACK_WEBHOOK: return "Slack webhook URL";
            case STRIPE_LIVE_KEY: return "Stripe live key";
            case GOOGLE_API_KEY: return "Google API key";
            case OPENAI_API_KEY: return "OpenAI API key";
            case ANTHROPIC_API_KEY: return "Anthropic API key";
            case TWILIO_API_KEY: return "Twilio API key";
            case SENDGRID_API_KEY: return "SendGrid API key";
            case PRIVATE_KEY: return "private key";
            case JWT: return "JSON Web Token";
            case ANVIL_UPLINK_KEY: return "Anvil Uplink key";
            case PASSWORD_IN_URL: return "password in a URL";
            default: return r.title();
        }
    }

    /** Python files (read for secret uses) and the root's .env files (read as env files) report themselves. */
    private static boolean reportedElsewhere(Path root, Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(".py") || (root.equals(file.getParent()) && (n.equals(ENV) || n.startsWith(ENV + ".")));
    }

    static Optional<SecretScanner.Kind> kindOf(String name) {
        if (name.equals(ENV) || name.startsWith(ENV + ".") || name.endsWith(".env")) {
            return Optional.of(SecretScanner.Kind.CONFIG);
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return name.equals("Dockerfile") || name.equals("Procfile") ? Optional.of(SecretScanner.Kind.CONFIG)
                    : Optional.empty();
        }
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (CODE_EXT.contains(ext)) {
            return Optional.of(SecretScanner.Kind.CODE);
        }
        if (CONFIG_EXT.contains(ext)) {
            return Optional.of(SecretScanner.Kind.CONFIG);
        }
        return Optional.empty();
    }

    static boolean binary(byte[] bytes) {
        int n = Math.min(bytes.length, 8000);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
