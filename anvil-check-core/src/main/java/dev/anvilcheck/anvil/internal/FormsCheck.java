package dev.anvilcheck.anvil.internal;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CodeRoot;
import dev.anvilcheck.Finding;
import dev.anvilcheck.Location;
import dev.anvilcheck.anvil.AnvilResult;
import dev.anvilcheck.anvil.AnvilRule;
import dev.anvilcheck.config.AnvilYaml;
import dev.anvilcheck.internal.config.Suggest;
import dev.anvilcheck.internal.project.ProjectScanner;
import dev.anvilcheck.internal.io.SafeFiles;
import dev.anvilcheck.internal.yaml.YNode;
import dev.anvilcheck.internal.yaml.YamlReader;
import dev.anvilcheck.python.ParseOptions;
import dev.anvilcheck.python.ParseResult;
import dev.anvilcheck.python.PythonParser;
import dev.anvilcheck.python.PythonVersion;
import dev.anvilcheck.python.ast.Stmt;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Forms: templates present, event bindings, form: component types, data binding code. Stateless. */
final class FormsCheck {

    private FormsCheck() {
    }

    /** A form's code file and where its template should be. */
    private record FormFile(String name, ModuleFacts facts, List<String> templates) {
    }

    static List<AnvilResult.Form> run(AnvilProject project, List<ModuleFacts> modules, List<Finding> findings,
                                      boolean soft) {
        Optional<AnvilYaml> yaml = project.anvilYaml();
        List<AnvilResult.Form> forms = new ArrayList<>();
        for (ModuleFacts m : modules) {
            if (m.root != CodeRoot.CLIENT) {
                continue;
            }
            Optional<FormFile> ff = formFile(m);
            if (ff.isEmpty()) {
                continue;
            }
            FormFile f = ff.get();
            // a template that is there but is no regular file (a FIFO, a folder, a dangling link) is found, and
            // reported below as unreadable rather than as missing
            Optional<String> template = f.templates().stream()
                    .filter(t -> SafeFiles.entryExists(project.root().resolve(t))).findFirst();
            forms.add(new AnvilResult.Form(f.name(), m.path, template));
            if (template.isEmpty()) {
                findings.add(Finding.of(AnvilRule.MISSING_FORM_TEMPLATE, Location.file(m.path), "form '" + f.name()
                        + "' has no template (looked for " + String.join(", ", f.templates()) + ")")
                        .withHint("Restore the template from version control, or remove the ._anvil_designer "
                                + "import if this is a plain module."));
                continue;
            }
            Optional<String> problem = SafeFiles.problem(project.root().resolve(template.get()));
            if (problem.isPresent()) {
                findings.add(Finding.of(AnvilRule.MISSING_FORM_TEMPLATE, Location.file(template.get()), "template "
                        + template.get() + " " + problem.get()));
                continue;
            }
            if (template.get().endsWith(".yaml")) {
                template(project, yaml, f, template.get(), findings);
            }
        }
        return forms;
    }

    private static Optional<FormFile> formFile(ModuleFacts m) {
        String p = m.path;
        if (p.startsWith("forms/")) {
            String stem = p.substring("forms/".length(), p.length() - 3);
            if (stem.contains("/")) {
                return Optional.empty();
            }
            return Optional.of(new FormFile(stem, m, List.of("forms/" + stem + ".yaml", "forms/" + stem + ".html")));
        }
        if (!p.startsWith("client_code/") || !m.importsDesigner) {
            return Optional.empty();
        }
        String rel = p.substring("client_code/".length());
        if (rel.endsWith("/__init__.py")) {
            String dir = p.substring(0, p.length() - "/__init__.py".length());
            String dotted = rel.substring(0, rel.length() - "/__init__.py".length()).replace('/', '.');
            return Optional.of(new FormFile(dotted, m, List.of(dir + "/form_template.yaml",
                    dir + "/form_template.html")));
        }
        String base = p.substring(0, p.length() - 3);
        String dotted = rel.substring(0, rel.length() - 3).replace('/', '.');
        return Optional.of(new FormFile(dotted, m, List.of(base + ".yaml", base + ".html")));
    }

    private static void template(AnvilProject project, Optional<AnvilYaml> yaml, FormFile f, String path,
                                 List<Finding> findings) {
        YamlReader.Read read;
        try {
            read = YamlReader.read(project.root().resolve(path), path);
        } catch (IOException e) {
            findings.add(Finding.of(AnvilRule.MISSING_FORM_TEMPLATE, Location.file(path), "template " + path
                    + " " + SafeFiles.describe(e)));
            return;
        }
        findings.addAll(read.findings());
        if (read.root().isEmpty()) {
            return;
        }
        String simple = f.name().substring(f.name().lastIndexOf('.') + 1);
        Optional<Set<String>> methods = Optional.ofNullable(f.facts().classMethods.get(simple))
                .filter(x -> !f.facts().dynamicClasses.contains(simple));
        walk(read.root().get(), project, yaml, f, path, methods, findings, 0);
    }

    private static void walk(YNode node, AnvilProject project, Optional<AnvilYaml> yaml, FormFile f, String path,
                             Optional<Set<String>> methods, List<Finding> findings, int depth) {
        if (depth > 200) {
            return;
        }
        if (node instanceof YNode.YSeq seq) {
            for (YNode item : seq.items()) {
                walk(item, project, yaml, f, path, methods, findings, depth + 1);
            }
            return;
        }
        if (!(node instanceof YNode.YMap map)) {
            return;
        }
        for (YNode.Entry e : map.entries().values()) {
            switch (e.key()) {
                case "event_bindings":
                case "form_event_bindings":
                    if (e.value() instanceof YNode.YMap eb && methods.isPresent()) {
                        events(eb, f, path, methods.get(), findings);
                    }
                    break;
                case "data_bindings":
                    if (e.value() instanceof YNode.YSeq db) {
                        bindings(db, path, findings);
                    }
                    break;
                case "type":
                    if (e.value() instanceof YNode.YScalar s && s.text().startsWith("form:")) {
                        formType(s, project, yaml, path, findings);
                    }
                    break;
                default:
                    walk(e.value(), project, yaml, f, path, methods, findings, depth + 1);
            }
        }
    }

    private static void events(YNode.YMap eb, FormFile f, String path, Set<String> methods, List<Finding> findings) {
        for (YNode.Entry e : eb.entries().values()) {
            if (!(e.value() instanceof YNode.YScalar s) || !s.isString() || s.text().isEmpty()) {
                continue;
            }
            if (!methods.contains(s.text())) {
                findings.add(Finding.of(AnvilRule.UNKNOWN_EVENT_HANDLER, Location.at(path, s.line(), s.column()),
                        "event '" + e.key() + "' is bound to '" + s.text() + "', which form class "
                                + f.name().substring(f.name().lastIndexOf('.') + 1) + " (" + f.facts().path
                                + ") does not define")
                        .withHint(Suggest.closest(s.text(), methods).map(x -> "Did you mean '" + x + "'?")
                                .orElse("Add def " + s.text() + "(self, **event_args) to the form, or remove "
                                        + "the binding.")));
            }
        }
    }

    private static void bindings(YNode.YSeq db, String path, List<Finding> findings) {
        for (YNode item : db.items()) {
            if (!(item instanceof YNode.YMap m) || !(m.get("code").orElse(null) instanceof YNode.YScalar code)
                    || code.isNull()) {
                continue;
            }
            String text = code.text();
            ParseResult r = PythonParser.parse("(" + text + "\n)", new ParseOptions(path, PythonVersion.LATEST));
            Optional<String> problem = Optional.empty();
            if (text.isBlank()) {
                problem = Optional.of("is empty");
            } else if (!r.hasValidSyntax()) {
                problem = Optional.of("is not a valid Python expression (" + r.syntaxErrors().get(0).message() + ")");
            } else if (r.module().body().size() != 1 || !(r.module().body().get(0) instanceof Stmt.ExprStmt)) {
                problem = Optional.of("is not a single Python expression");
            }
            if (problem.isPresent()) {
                String prop = m.get("property").filter(p -> p instanceof YNode.YScalar)
                        .map(p -> ((YNode.YScalar) p).text()).orElse("?");
                findings.add(Finding.of(AnvilRule.DATA_BINDING_SYNTAX, Location.at(path, code.line(), code.column()),
                        "data binding of '" + prop + "': code " + problem.get())
                        .withHint("Fix the expression in the designer's data binding (usually self.item['column'])."));
            }
        }
    }

    private static void formType(YNode.YScalar s, AnvilProject project, Optional<AnvilYaml> yaml, String path,
                                 List<Finding> findings) {
        String ref = s.text().substring("form:".length());
        Location at = Location.at(path, s.line(), s.column());
        int colon = ref.indexOf(':');
        if (colon >= 0) {
            String dep = ref.substring(0, colon);
            boolean declared = yaml.map(y -> y.dependencies().stream().anyMatch(d -> d.depId().map(dep::equals)
                    .orElse(false) || d.appId().map(dep::equals).orElse(false))).orElse(true);
            if (!declared) {
                findings.add(Finding.of(AnvilRule.UNKNOWN_FORM_COMPONENT, at, "component type '" + s.text()
                        + "' names dependency '" + dep + "', which anvil.yaml does not declare")
                        .withHint("Add the dependency in the editor, or change the component."));
            }
            return;
        }
        if (ref.startsWith(".") || formExists(project, yaml, ref)) {
            return;
        }
        findings.add(Finding.of(AnvilRule.UNKNOWN_FORM_COMPONENT, at, "component type '" + s.text()
                + "' names no form in client_code")
                .withHint(Suggest.closest(ref, formNames(project)).map(x -> "Did you mean 'form:" + x + "'?")
                        .orElse("Restore the form, or change the component's type.")));
    }

    /** Whether a dotted name is a form or module of the app (also with the app's package name in front). */
    static boolean formExists(AnvilProject project, Optional<AnvilYaml> yaml, String dotted) {
        if (dotted.isEmpty() || !dotted.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*")) {
            return !dotted.isEmpty();
        }
        if (ProjectScanner.clientModuleExists(project.root(), dotted)) {
            return true;
        }
        Optional<String> pkg = yaml.flatMap(AnvilYaml::packageName);
        return pkg.isPresent() && dotted.startsWith(pkg.get() + ".")
                && ProjectScanner.clientModuleExists(project.root(), dotted.substring(pkg.get().length() + 1));
    }

    /** The dotted names of client_code's packages and modules, for suggestions. */
    static Set<String> formNames(AnvilProject project) {
        Set<String> out = new TreeSet<>();
        collect(project.root().resolve("client_code"), "", out, 0);
        Path forms = project.root().resolve("forms");
        if (Files.isDirectory(forms)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(forms, "*.py")) {
                ds.forEach(p -> out.add(p.getFileName().toString().replaceAll("\\.py$", "")));
            } catch (IOException e) {
                // no suggestions from an unreadable folder
            }
        }
        return out;
    }

    private static void collect(Path dir, String prefix, Set<String> out, int depth) {
        if (depth > 20 || !Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (Files.isDirectory(p) && Files.isRegularFile(p.resolve("__init__.py"))) {
                    out.add(prefix + n);
                    collect(p, prefix + n + ".", out, depth + 1);
                } else if (n.endsWith(".py") && !n.equals("__init__.py")) {
                    out.add(prefix + n.substring(0, n.length() - 3));
                }
            }
        } catch (IOException e) {
            // no suggestions from an unreadable folder
        }
    }
}
