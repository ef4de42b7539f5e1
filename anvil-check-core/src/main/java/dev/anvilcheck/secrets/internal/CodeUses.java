package dev.anvilcheck.secrets.internal;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CodeRoot;
import dev.anvilcheck.Details;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.SourceFile;
import dev.anvilcheck.config.AnvilYaml;
import dev.anvilcheck.internal.io.SafeFiles;
import dev.anvilcheck.python.LineIndex;
import dev.anvilcheck.python.ParseOptions;
import dev.anvilcheck.python.ParseResult;
import dev.anvilcheck.python.PythonParser;
import dev.anvilcheck.python.TextRange;
import dev.anvilcheck.python.ast.Alias;
import dev.anvilcheck.python.ast.ConstantValue;
import dev.anvilcheck.python.ast.Expr;
import dev.anvilcheck.python.ast.Keyword;
import dev.anvilcheck.python.ast.Node;
import dev.anvilcheck.python.ast.Ops;
import dev.anvilcheck.python.ast.Stmt;
import dev.anvilcheck.secrets.SecretsResult;
import dev.anvilcheck.secrets.SecretsRule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Secrets and environment variables as code uses them, found in the Python syntax tree (not by regexes): calls of
 * {@code anvil.secrets.get_secret}, {@code encrypt_with_key} and {@code decrypt_with_key} (through any import form
 * and alias) against anvil.yaml's {@code secrets:}, any use of {@code anvil.secrets} from client code, and reads of
 * {@code os.environ[...]}, {@code os.environ.get} and {@code os.getenv} against .env.example and required_env.
 * Thread-safe (no shared state).
 */
public final class CodeUses {

    static final String SECRETS = "anvil.secrets";
    static final Map<String, AnvilYaml.SecretType> SECRET_CALLS = Map.of(
            SECRETS + ".get_secret", AnvilYaml.SecretType.SECRET,
            SECRETS + ".encrypt_with_key", AnvilYaml.SecretType.KEY,
            SECRETS + ".decrypt_with_key", AnvilYaml.SecretType.KEY);
    static final Set<String> ENV_CALLS = Set.of("os.environ.get", "os.getenv", "os.environ.pop");

    /**
     * What was found.
     *
     * @param findings the findings, unsorted, rule settings not yet applied
     * @param secrets declared and used App Secrets by name
     * @param envVars environment variable names read in code, sorted
     */
    public record Outcome(List<Finding> findings, List<SecretsResult.SecretUse> secrets, List<String> envVars) {
    }

    /** One use of a secret name. */
    private record Use(String name, AnvilYaml.SecretType type, String function, Location at) {
    }

    private CodeUses() {
    }

    /**
     * Looks at every Python file of the project.
     *
     * @param project the project
     * @param exampleKeys the keys of .env.example (empty when it is absent)
     * @param requiredNames the names of required_env
     * @return the findings and the lists of names
     */
    public static Outcome check(AnvilProject project, Set<String> exampleKeys, Set<String> requiredNames) {
        List<Finding> findings = new ArrayList<>();
        List<Use> serverUses = new ArrayList<>();
        boolean dynamicServerUse = false;
        Map<String, Location> envReads = new LinkedHashMap<>();
        Set<String> envNames = new TreeSet<>();
        for (SourceFile f : project.pythonFiles()) {
            byte[] bytes;
            try {
                bytes = SafeFiles.readBytes(f.file(), Integer.MAX_VALUE - 8);
            } catch (IOException e) {
                // a FIFO or a device is never opened; the user asked for this file, so say it was not looked at
                findings.add(Finding.of(SecretsRule.FILE_UNREADABLE, Location.file(f.path()), f.path() + " "
                        + SafeFiles.describe(e) + "; it was not checked for secret uses"));
                continue;
            }
            FileScan scan = new FileScan(f, null);
            try {
                ParseResult r = PythonParser.parse(bytes, new ParseOptions(f.path(),
                        ParseOptions.defaults().targetVersion()));
                scan = new FileScan(f, r.lineIndex());
                AstWalk.walk(r.module(), scan::visit);
            } catch (RuntimeException | StackOverflowError e) {
                findings.add(Finding.of(SecretsRule.FILE_UNREADABLE, Location.file(f.path()), f.path()
                        + " could not be read for secret uses (" + e.getClass().getSimpleName() + ")"));
                continue;
            }
            if (f.root() == CodeRoot.CLIENT) {
                List<Location> reported = scan.clientSecretImports.isEmpty() ? scan.clientSecretUses
                        : scan.clientSecretImports;
                for (Location at : reported) {
                    findings.add(Finding.of(SecretsRule.SECRET_FROM_CLIENT, at,
                            "client code uses anvil.secrets, which exists only on the server")
                            .withHint("move this into a @anvil.server.callable function and call it from the form"));
                }
                continue;
            }
            if (f.root() == CodeRoot.SERVER) {
                serverUses.addAll(scan.uses);
                dynamicServerUse |= scan.dynamicUse;
            }
            for (Map.Entry<String, Location> e : scan.envReads.entrySet()) {
                envNames.add(e.getKey());
                envReads.putIfAbsent(f.path() + "\0" + e.getKey(), e.getValue());
            }
        }
        // environment variables
        for (Map.Entry<String, Location> e : envReads.entrySet()) {
            String name = e.getKey().substring(e.getKey().indexOf('\0') + 1);
            if (exampleKeys.contains(name) || requiredNames.contains(name)) {
                continue;
            }
            String shown = SecretScanner.displayKey(name, e.getValue().line());
            findings.add(Finding.of(SecretsRule.ENV_UNDOCUMENTED, e.getValue(), "the environment variable " + shown
                    + " is read here but listed neither in .env.example nor in required_env")
                    .withHint("add " + shown + "= to .env.example, or list it under required_env in anvil-check.yaml")
                    .withDetails(new Details.Secret(shown, Fingerprints.of(SecretsRule.ENV_UNDOCUMENTED,
                            e.getValue().path(), "key:" + name))));
        }
        // App Secrets against anvil.yaml
        Map<String, SecretsResult.SecretUse> secrets = new LinkedHashMap<>();
        Optional<AnvilYaml> yaml = project.anvilYaml();
        Map<String, AnvilYaml.SecretDeclaration> declared = new LinkedHashMap<>();
        yaml.ifPresent(y -> y.secrets().forEach(d -> declared.put(d.name(), d)));
        Map<String, Integer> counts = new HashMap<>();
        for (Use u : serverUses) {
            counts.merge(u.name(), 1, Integer::sum);
        }
        for (AnvilYaml.SecretDeclaration d : declared.values()) {
            secrets.put(d.name(), new SecretsResult.SecretUse(d.name(), Optional.of(typeName(d.type())),
                    counts.getOrDefault(d.name(), 0)));
        }
        if (yaml.isPresent()) {
            Set<String> reported = new HashSet<>();
            for (Use u : serverUses) {
                String shown = SecretScanner.displayKey(u.name(), u.at().line());
                secrets.putIfAbsent(u.name(), new SecretsResult.SecretUse(shown, Optional.empty(),
                        counts.get(u.name())));
                AnvilYaml.SecretDeclaration d = declared.get(u.name());
                Details details = new Details.Secret(shown, Fingerprints.of(SecretsRule.SECRET_UNDECLARED,
                        u.at().path(), "key:" + u.name()));
                if (d == null) {
                    findings.add(Finding.of(SecretsRule.SECRET_UNDECLARED, u.at(), u.function() + " names the "
                            + typeName(u.type()) + " '" + shown + "' that anvil.yaml does not declare")
                            .withHint("add it in the Anvil editor's App Secrets, so that anvil.yaml declares it as "
                                    + "type " + typeName(u.type()))
                            .withDetails(details));
                } else if (d.type() != u.type() && reported.add(u.at().toString())) {
                    findings.add(Finding.of(SecretsRule.SECRET_WRONG_TYPE, u.at(), u.function() + " needs "
                            + (u.type() == AnvilYaml.SecretType.KEY ? "an encryption key" : "a secret") + ", but '"
                            + shown + "' is declared as type " + typeName(d.type()))
                            .withDetails(details));
                }
            }
            if (!dynamicServerUse) {
                for (AnvilYaml.SecretDeclaration d : declared.values()) {
                    if (!counts.containsKey(d.name())) {
                        findings.add(Finding.of(SecretsRule.SECRET_UNUSED, d.location(), "the App Secret '"
                                + d.name() + "' is declared but no server code uses it")
                                .withHint("remove it in the Anvil editor if it is no longer needed")
                                .withDetails(new Details.Secret(d.name(), Fingerprints.of(SecretsRule.SECRET_UNUSED,
                                        d.location().path(), "key:" + d.name()))));
                    }
                }
            }
        }
        List<String> shownEnv = envNames.stream().map(n -> SecretScanner.displayKey(n, 0)).toList();
        return new Outcome(findings, List.copyOf(secrets.values()), shownEnv);
    }

    static String typeName(AnvilYaml.SecretType t) {
        return t == AnvilYaml.SecretType.KEY ? "key" : "secret";
    }

    /** The names a file binds by import, and what it uses. */
    private static final class FileScan {
        final SourceFile file;
        final LineIndex lines;
        /** local name to qualified name ({@code s -> anvil.secrets}, {@code gs -> anvil.secrets.get_secret}). */
        final Map<String, String> aliases = new HashMap<>();
        final List<Use> uses = new ArrayList<>();
        final List<Location> clientSecretUses = new ArrayList<>();
        final List<Location> clientSecretImports = new ArrayList<>();
        final Map<String, Location> envReads = new LinkedHashMap<>();
        boolean dynamicUse;

        FileScan(SourceFile file, LineIndex lines) {
            this.file = file;
            this.lines = lines;
        }

        Location at(TextRange r) {
            int sl = lines.line(r.start());
            int sc = lines.column(r.start()) + 1;
            int el = lines.line(r.end());
            int ec = lines.column(r.end()) + 1;
            if (el < sl || (el == sl && ec < sc)) {
                el = sl;
                ec = sc + 1;
            }
            return new Location(file.path(), sl, sc, el, ec);
        }

        void visit(Node n) {
            if (n instanceof Stmt.Import) {
                for (Alias a : ((Stmt.Import) n).names()) {
                    if (a.asname().isPresent()) {
                        aliases.put(a.asname().get(), a.name());
                    } else {
                        String top = a.name().contains(".") ? a.name().substring(0, a.name().indexOf('.')) : a.name();
                        aliases.put(top, top);
                    }
                    if (a.name().equals(SECRETS) || a.name().startsWith(SECRETS + ".")) {
                        clientSecretImports.add(at(n.range()));
                    }
                }
            } else if (n instanceof Stmt.ImportFrom) {
                Stmt.ImportFrom f = (Stmt.ImportFrom) n;
                if (f.level() == 0 && f.module().isPresent()) {
                    String mod = f.module().get();
                    boolean secretsImport = mod.equals(SECRETS);
                    for (Alias a : f.names()) {
                        String local = a.asname().orElse(a.name());
                        aliases.put(local, mod + "." + a.name());
                        if (mod.equals("anvil") && a.name().equals("secrets")) {
                            secretsImport = true;
                        }
                    }
                    if (secretsImport) {
                        clientSecretImports.add(at(n.range()));
                    }
                }
            } else if (n instanceof Expr.Call) {
                call((Expr.Call) n);
            } else if (n instanceof Expr.Subscript) {
                Expr.Subscript s = (Expr.Subscript) n;
                if (s.ctx() == Ops.ExprContext.LOAD && "os.environ".equals(qualified(s.value()))) {
                    stringConstant(s.slice()).ifPresent(name -> envReads.putIfAbsent(name, at(s.range())));
                }
            }
        }

        void call(Expr.Call c) {
            String q = qualified(c.func());
            if (q == null) {
                return;
            }
            AnvilYaml.SecretType type = SECRET_CALLS.get(q);
            if (type != null) {
                Optional<Expr> arg = firstArg(c);
                Optional<String> name = arg.flatMap(FileScan::stringConstant);
                String fn = q.substring(q.lastIndexOf('.') + 1) + "()";
                if (name.isPresent()) {
                    uses.add(new Use(name.get(), type, fn, at(arg.get().range())));
                } else {
                    dynamicUse = true;
                }
                if (file.root() == CodeRoot.CLIENT) {
                    clientSecretUses.add(at(c.range()));
                }
            } else if (ENV_CALLS.contains(q)) {
                firstArg(c).flatMap(FileScan::stringConstant)
                        .ifPresent(name -> envReads.putIfAbsent(name, at(c.range())));
            }
        }

        static Optional<Expr> firstArg(Expr.Call c) {
            if (!c.args().isEmpty() && !(c.args().get(0) instanceof Expr.Starred)) {
                return Optional.of(c.args().get(0));
            }
            for (Keyword k : c.keywords()) {
                if (k.arg().map(a -> a.equals("name") || a.equals("key") || a.equals("key_name")).orElse(false)) {
                    return Optional.of(k.value());
                }
            }
            return Optional.empty();
        }

        static Optional<String> stringConstant(Expr e) {
            if (e instanceof Expr.Constant && ((Expr.Constant) e).value() instanceof ConstantValue.Str) {
                return Optional.of(((ConstantValue.Str) ((Expr.Constant) e).value()).value());
            }
            return Optional.empty();
        }

        /** The dotted name an expression refers to through this file's imports, or null. */
        String qualified(Expr e) {
            List<String> attrs = new ArrayList<>();
            Expr cur = e;
            while (cur instanceof Expr.Attribute && attrs.size() < 64) {
                attrs.add(((Expr.Attribute) cur).attr());
                cur = ((Expr.Attribute) cur).value();
            }
            if (!(cur instanceof Expr.Name)) {
                return null;
            }
            String base = aliases.get(((Expr.Name) cur).id());
            if (base == null) {
                return null;
            }
            StringBuilder b = new StringBuilder(base);
            for (int i = attrs.size() - 1; i >= 0; i--) {
                b.append('.').append(attrs.get(i));
            }
            return b.toString();
        }
    }
}
