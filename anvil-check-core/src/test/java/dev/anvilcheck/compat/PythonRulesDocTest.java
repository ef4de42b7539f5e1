package dev.anvilcheck.compat;

import dev.anvilcheck.compat.internal.ApiEntry;
import dev.anvilcheck.compat.internal.ApiKind;
import dev.anvilcheck.compat.internal.FileAnalyzer;
import dev.anvilcheck.compat.internal.StdlibApiTable;
import dev.anvilcheck.python.PythonFeature;
import dev.anvilcheck.python.PythonVersion;
import dev.anvilcheck.testing.Golden;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * docs/rules/python.md is generated from {@link PyRule}, {@link PythonFeature} and the API table; this fails when
 * it is stale ({@code -Danvil.updateSnapshots=true} rewrites it).
 */
class PythonRulesDocTest {

    @Test
    void docsAreCurrent() {
        Golden.assertMatches("../../../../../docs/rules/python.md", render());
    }

    static String render() {
        StringBuilder b = new StringBuilder();
        b.append("# Python compatibility rules\n\n");
        b.append("<!-- Generated from PyRule, PythonFeature and the stdlib API table by PythonRulesDocTest; "
                + "rerun it with -Danvil.updateSnapshots=true after changing them. -->\n\n");
        b.append("`anvil-check python` (and `check`) compares every Python file with its target: server code with "
                + "`python.server` in anvil-check.yaml or the app's runtime, client code with the browser runtime "
                + "(`3.7-skulpt`), other files with the server's target; `--target V` or `V-W` overrides both. A range "
                + "must run on every version in it, so both too-new and removed constructs are reported. Without a "
                + "target (plain trees), each construct is reported once per file as information and every file "
                + "gets its minimum version.\n\n");
        b.append("Suppress a finding with `# anvil-check: ignore[PY201]` (or `# anvil-check: ignore` for all) on its "
                + "line or the line before; Vermin's `# novm` and `# novermin` work too. Per-path ignores and "
                + "severities go in anvil-check.yaml `rules`.\n\n");
        b.append("## Rules\n\n| code | name | default | what it finds |\n|---|---|---|---|\n");
        for (PyRule r : PyRule.values()) {
            b.append("| ").append(r.code()).append(" | ").append(r.title()).append(" | ")
                    .append(r.defaultSeverity().jsonName()).append(" | ").append(cell(r.description())).append(" |\n");
        }
        b.append("\n## Syntax features (PY101 too new, PY301 removed, PY002 Python 2 only)\n\n");
        b.append("The `feature` field of a finding is the id below. Client code (Skulpt) also reports the features "
                + "marked *client* as PY401, whatever the version.\n\n");
        b.append("| feature | added | removed | Python 2.7 | client | message | hint |\n|---|---|---|---|---|---|---|\n");
        for (PythonFeature f : PythonFeature.values()) {
            b.append("| `").append(f.id()).append("` | ").append(f.addedIn().map(PythonVersion::toString).orElse(""))
                    .append(" | ").append(f.removedIn().map(PythonVersion::toString).orElse("")).append(" | ")
                    .append(f.availableInPython2() ? "yes" : "no").append(" | ")
                    .append(FileAnalyzer.SKULPT_UNSUPPORTED.contains(f) ? "unsupported" : "").append(" | ")
                    .append(cell(f.message())).append(" | ").append(cell(f.hint())).append(" |\n");
        }
        b.append("\n## Standard-library API (PY201, PY202, PY302)\n\n");
        b.append("API findings come from the generated table `stdlib-api.tsv` (tools/api-table): modules, module "
                + "members, methods of builtin types and keyword arguments, with the version that added or "
                + "removed each. The `feature` field is the symbol (`math.prod`, `str.removeprefix`, "
                + "`subprocess.run(capture_output=)`). Hint: guard the use (`if sys.version_info >= (3, 8):`, "
                + "`try: import X except ImportError:`, `hasattr`), use a backport (typing_extensions, "
                + "importlib_metadata, backports.zoneinfo; same-name backports such as dataclasses count when "
                + "requirements.txt names them) or raise the target.\n\n");
        b.append("What counts as a guard:\n\n"
                + "- a version test (`sys.version_info` in every comparison form, its `[:2]`, `[0]`, `.major`, "
                + "`.minor`, `sys.hexversion`, `six.PY2`/`PY3`, a module-level flag assigned from one) narrows "
                + "its branch and the other; an `if` that returns, raises or exits narrows the code after it; "
                + "conditional expressions (`a if test else b`) too;\n"
                + "- `hasattr(module, \"name\")` covers its branch (and `not hasattr` the other);\n"
                + "- a `try` block is safe for the uses its handlers catch where the API is missing: imports "
                + "(`ImportError`, `ModuleNotFoundError`), attributes (`AttributeError`), bare names (`NameError`), "
                + "keyword arguments and runtime generics (`TypeError`). `Exception`, `BaseException` and a bare "
                + "`except` guard imports only: a call to a missing API inside general error handling fails on "
                + "every run, and is reported;\n"
                + "- the handler of a guarded import runs only where the import fails (before the newest version "
                + "it needs, or from the removal it meets), so `except ImportError: from collections import "
                + "Mapping` is not reported as removed in 3.10;\n"
                + "- `if TYPE_CHECKING:` blocks and, under `from __future__ import annotations`, annotations "
                + "never run.\n\n"
                + "Entries per version:\n\n");
        Map<PythonVersion, int[]> added = new TreeMap<>();
        Map<PythonVersion, int[]> removed = new TreeMap<>();
        for (ApiEntry e : StdlibApiTable.get().entries()) {
            e.added().filter(v -> v.atLeast(PythonVersion.of(3, 1)))
                    .ifPresent(v -> added.computeIfAbsent(v, k -> new int[4])[e.kind().ordinal()]++);
            e.removed().ifPresent(v -> removed.computeIfAbsent(v, k -> new int[4])[e.kind().ordinal()]++);
        }
        b.append("| version | added: modules | members | methods | keywords | removed: modules | members | methods "
                + "| keywords |\n|---|---|---|---|---|---|---|---|---|\n");
        java.util.TreeSet<PythonVersion> all = new java.util.TreeSet<>(added.keySet());
        all.addAll(removed.keySet());
        for (PythonVersion v : all) {
            int[] a = added.getOrDefault(v, new int[4]);
            int[] r = removed.getOrDefault(v, new int[4]);
            b.append("| ").append(v);
            for (ApiKind k : ApiKind.values()) {
                b.append(" | ").append(a[k.ordinal()]);
            }
            for (ApiKind k : ApiKind.values()) {
                b.append(" | ").append(r[k.ordinal()]);
            }
            b.append(" |\n");
        }
        b.append("\n## Runtime type expressions (PY203)\n\n| feature | version | hint |\n|---|---|---|\n");
        b.append("| `list[...]` (builtin and collections generics evaluated at run time) | 3.9 | quote the annotation, "
                + "`from __future__ import annotations`, or typing.List |\n");
        b.append("| `X | Y` (in evaluated annotations, or between types) | 3.10 | typing.Union / typing.Optional |\n");
        b.append("| `dict |`, `dict |=` | 3.9 | `{**a, **b}` or `dict.update` |\n");
        b.append("\n## Client code (PY4xx)\n\nModules the browser runtime has: ");
        b.append(String.join(", ", new java.util.TreeSet<>(dev.anvilcheck.compat.internal.Runtimes.SKULPT_MODULES)));
        b.append(". Server-only Anvil modules: ");
        b.append(String.join(", ",
                new java.util.TreeSet<>(dev.anvilcheck.compat.internal.Runtimes.SERVER_ONLY_ANVIL_MODULES)));
        b.append("; server-only `anvil.server` members: ");
        b.append(String.join(", ",
                new java.util.TreeSet<>(dev.anvilcheck.compat.internal.Runtimes.SERVER_ONLY_ANVIL_SERVER)));
        b.append(". A missing module or server-only name used at module top level is an error (the form fails to "
                + "load); inside a function it is a warning (it fails only when the function runs).\n");
        return b.toString();
    }

    static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

}
