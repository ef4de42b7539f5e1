"""Generate anvil-check-core/src/main/resources/dev/anvilcheck/compat/stdlib-api.tsv.

Run from the repository root with any Python 3.8+ (we use /root/.pyenv/versions/3.11.7/bin/python):

    python tools/api-table/build.py            # introspect every interpreter, then write the table
    python tools/api-table/build.py --cached   # reuse tools/api-table/.cache/*.json from a previous run

See tools/api-table/README.md for the sources and the rules.
"""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import docs  # noqa: E402

PYENV = "/root/.pyenv/versions"
INTERPRETERS = ["2.7.18", "3.6.15", "3.7.16", "3.8.18", "3.9.18", "3.10.13", "3.11.7", "3.12.1",
                "3.13.0"]
PROBED = ["2.7", "3.6", "3.7", "3.8", "3.9", "3.10", "3.11", "3.12", "3.13"]
PY3_PROBED = PROBED[1:]
ALL_VERSIONS = ["2.7"] + ["3.%d" % i for i in range(0, 16)]
OUT = os.path.join(ROOT, "anvil-check-core/src/main/resources/dev/anvilcheck/compat/stdlib-api.tsv")
CACHE = os.path.join(HERE, ".cache")

# Modules whose upper-case constants and many functions depend on the OS or on the C library
# the interpreter was built against (OpenSSL, SQLite, ncurses, libc).
OS_MODULES = {"os", "posix", "nt", "signal", "socket", "select", "errno", "resource", "fcntl",
              "termios", "mmap", "ssl", "curses", "locale", "readline", "time", "sys", "sqlite3",
              "zlib", "subprocess", "msvcrt", "winreg", "tty", "pty", "syslog", "grp", "pwd",
              "spwd", "crypt", "ctypes", "stat", "shutil", "asyncio", "multiprocessing",
              "platform", "hashlib", "uuid", "binascii", "lzma", "bz2", "dbm",
              "mimetypes", "selectors", "faulthandler", "_thread", "threading", "tarfile",
              "ossaudiodev", "pyexpat", "xml.parsers.expat", "unicodedata", "sysconfig", "posixpath",
              "ntpath", "decimal", "zipimport", "encodings"}
WINDOWS_MODULES = {"msvcrt", "winreg", "winsound", "_winapi", "nt", "msilib", "_msi",
                   "asyncio.windows_events", "asyncio.windows_utils", "multiprocessing.popen_spawn_win32",
                   "distutils.msvc9compiler", "distutils.command.bdist_msi", "ctypes.wintypes",
                   "encodings.mbcs", "encodings.oem"}
BUILTINS_PY2 = ("__builtin__", "exceptions")
# Windows-only modules Python 2.7 had under the same name (winreg was _winreg).
PY2_WINDOWS_MODULES = {"msvcrt", "winsound", "msilib", "nt"}
CONST = re.compile(r"^[A-Z][A-Z0-9_]*$")


def vkey(v):
    a, b = v.split(".")
    return (int(a), int(b))


def run_probe(full, path, candidates=None):
    exe = os.path.join(PYENV, full, "bin", "python")
    if not os.path.exists(exe):
        sys.exit("missing interpreter %s (the table needs all of %s)" % (exe, INTERPRETERS))
    cmd = [exe, os.path.join(HERE, "introspect.py"), path]
    if candidates:
        cmd.append(candidates)
    # setuptools' distutils-precedence.pth (site-packages of 3.10 and 3.11) swaps the standard library's
    # distutils for setuptools._distutils, which lacks members the stdlib had (distutils.util.Mixin2to3):
    # probe the standard library's own
    env = dict(os.environ, SETUPTOOLS_USE_DISTUTILS="stdlib")
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=900, env=env)


def probe(cached):
    """Two passes: the first lists what dir() shows in each interpreter; the second asks every
    interpreter for the names any other one listed, which finds names served by a module
    __getattr__ (deprecated aliases such as collections.Mapping in 3.7-3.9)."""
    os.makedirs(CACHE, exist_ok=True)
    final = [os.path.join(CACHE, short + ".json") for short in PROBED]
    if not cached or not all(os.path.exists(p) for p in final):
        union = {}
        for full, short in zip(INTERPRETERS, PROBED):
            first = os.path.join(CACHE, short + ".pass1.json")
            run_probe(full, first)
            with open(first) as f:
                raw = json.load(f)
            for name, info in raw["modules"].items():
                u = union.setdefault(name, {"m": set(), "a": {}})
                for mem, e in info.get("members", {}).items():
                    u["m"].add(mem)
                    if e.get("attrs"):
                        u["a"].setdefault(mem, set()).update(e["attrs"])
        cand = os.path.join(CACHE, "candidates.json")
        with open(cand, "w") as f:
            json.dump({k: {"m": sorted(v["m"]), "a": {m: sorted(a) for m, a in v["a"].items()}}
                       for k, v in union.items()}, f, sort_keys=True)
        for full, short, path in zip(INTERPRETERS, PROBED, final):
            run_probe(full, path, cand)
    data = {}
    for short, path in zip(PROBED, final):
        with open(path) as f:
            data[short] = json.load(f)
    return data


class Version(object):
    """What one interpreter has, in the table's (Python 3) names."""

    def __init__(self, raw):
        self.v = raw["version"]
        self.found = set()
        self.imported = set()
        self.members = {}   # (module, path) -> sig or None
        self.classes = set()  # (module, classname) having attrs recorded
        self.is_class = set()  # (module, name) that are classes
        self.extra = {}  # (module, name) -> attributes other versions list that resolve here
        self.inherited = {}  # (module, classname) -> names inherited from builtin bases
        self.sigs = {}      # qualified callable -> sig
        self.types = {}     # builtin type -> {attr: sig}
        for name, info in raw["modules"].items():
            tname = name
            if name in BUILTINS_PY2:
                tname = "builtins"
            else:
                self.found.add(name)
            if info.get("imported"):
                self.imported.add(tname)
            for mem, e in info.get("members", {}).items():
                # keywords of re-exported callables belong to their defining module
                self._add(tname, mem, None if e.get("reexport") else e.get("sig"))
                if e.get("class"):
                    self.is_class.add((tname, mem))
                if e.get("probed"):
                    self.extra[(tname, mem)] = set(e.get("extra", ()))
                if "attrs" in e:
                    self.classes.add((tname, mem))
                    self.inherited[(tname, mem)] = set(e.get("battrs", ()))
                    for an, ae in e["attrs"].items():
                        self._add(tname, mem + "." + an, ae.get("sig"))
        for t, attrs in raw["builtin_types"].items():
            self.types[t] = attrs
            for an, ae in attrs.items():
                if ae.get("sig") is not None:
                    self.sigs[t + "." + an] = ae["sig"]

    def _add(self, module, path, sig):
        self.members.setdefault((module, path), sig)
        if sig is not None:
            self.sigs[module + "." + path] = sig

    def module(self, name):
        if name == "builtins" and self.v == "2.7":
            return False
        return name in self.found

    def member(self, module, path):
        if module not in self.imported:
            if module == "builtins":
                return None
            return None if module in self.found else False
        if (module, path) in self.members:
            return True
        if "." in path:
            cls = path.rsplit(".", 1)[0]
            if (module, cls) not in self.members:
                return False
            if (module, cls) in self.extra:
                return path.rsplit(".", 1)[1] in self.extra[(module, cls)] or \
                    path.rsplit(".", 1)[1] in self.inherited.get((module, cls), ())
            if (module, cls) not in self.classes:
                # a function here (threading.Timer in 2.7) has no class attributes
                return None if (module, cls) in self.is_class else False
            if path.rsplit(".", 1)[1] in self.inherited.get((module, cls), ()):
                return True
        return False

    def method(self, typ, name):
        if typ not in self.types:
            return False
        return name in self.types[typ]

    def kwarg(self, owner, param):
        sig = self.sigs.get(owner)
        if sig is None:
            return None if self.owner_present(owner) else False
        return param in sig["p"]

    def owner_present(self, owner):
        """Whether the callable named owner exists here (its signature may still be unreadable)."""
        parts = owner.split(".")
        if len(parts) == 2 and parts[0] in self.types:
            return parts[1] in self.types[parts[0]]
        for i in range(len(parts) - 1, 0, -1):
            mod = ".".join(parts[:i])
            if mod in self.found or mod in self.imported:
                return self.member(mod, ".".join(parts[i:])) is not False
        return False

    def varkw(self, owner):
        sig = self.sigs.get(owner)
        return sig is not None and sig.get("kw")


def fill(vec, backward_first=False):
    """Unknown (None) values take the nearest known value before them, else after them
    (or the other way round)."""
    if backward_first:
        return list(reversed(fill(list(reversed(vec)))))
    out = list(vec)
    last = None
    for i, x in enumerate(out):
        if x is None:
            out[i] = last
        else:
            last = x
    nxt = None
    for i in range(len(out) - 1, -1, -1):
        if out[i] is None:
            out[i] = nxt
        else:
            nxt = out[i]
    return out


def load_typeshed():
    ranges = {}
    with open(os.path.join(HERE, "data", "typeshed-module-ranges.tsv")) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            mod, first, last = (line.rstrip("\n").split("\t") + ["", ""])[:3]
            ranges[mod] = (first, last or None)
    return ranges


# What's New pages of 3.1-3.5 date what the interpreters cannot (there are none for 3.0-3.5);
# the 3.14/3.15 pages list what is newer than the newest interpreter.
EARLY_PAGES = ("3.1", "3.2", "3.3", "3.4", "3.5", "3.6")


def load_whatsnew(early=False):
    """Rows of data/whatsnew-X.Y.tsv: (kind, owner, name, added, removed, platform, page, section),
    for the 3.1-3.5 pages when early, else for the others."""
    rows = []
    for fn in sorted(os.listdir(os.path.join(HERE, "data"))):
        m = re.match(r"^whatsnew-(\d+\.\d+)\.tsv$", fn)
        if not m or (m.group(1) in EARLY_PAGES) != early:
            continue
        with open(os.path.join(HERE, "data", fn)) as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                parts = line.rstrip("\n").split("\t")
                kind, owner, name, added, removed, platform, section = (parts + [""] * 7)[:7]
                if early and (added or removed) and (added or removed) != m.group(1):
                    sys.exit("%s: %s %s %s is dated %s, not the page's version" % (
                        fn, kind, owner, name, added or removed))
                rows.append((kind, owner, name, added or None, removed or None, platform == "yes",
                             m.group(1), section))
    return rows


def load_backports():
    """data/backports.tsv: {key: version} for APIs new in a minor release and backported to
    security releases of older minors, which the documentation markers read here cannot date
    (the 3.11 docs predate them)."""
    out = {}
    with open(os.path.join(HERE, "data", "backports.tsv")) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            kind, owner, name, added = line.rstrip("\n").split("\t")[:4]
            out[("module", name) if kind == "module" else (kind, owner, name)] = added
    return out


def load_renames():
    """The Python 2 names of modules Python 3.0 renamed, from 2to3's own tables (lib2to3's
    fix_imports, fix_imports2 and fix_urllib, read in the 3.11 interpreter): {new: {old: members
    or None (all)}}."""
    code = ("import json, warnings; warnings.simplefilter('ignore')\n"
            "from lib2to3.fixes import fix_imports, fix_imports2, fix_urllib\n"
            "m = dict(fix_imports.MAPPING); m.update(fix_imports2.MAPPING)\n"
            "u = {k: [[n, list(ms)] for n, ms in v] for k, v in fix_urllib.MAPPING.items()}\n"
            "print(json.dumps([m, u]))\n")
    exe = os.path.join(PYENV, "3.11.7", "bin", "python")
    simple, urllib = json.loads(subprocess.run([exe, "-c", code], check=True,
                                               stdout=subprocess.PIPE).stdout)
    out = {}
    for old, new in simple.items():
        out.setdefault(new, {})[old] = None
    for old, parts in urllib.items():
        for new, members in parts:
            out.setdefault(new, {}).setdefault(old, set())
            if out[new][old] is not None:
                out[new][old].update(members)
    return out


def renamed_in_27(key, renames, v27):
    """Whether 2.7 had this API under the old name of its module (Tkinter for tkinter): then
    3.0, which renamed the module, had it too."""
    if key[0] == "module":
        # a package that 3.0 created for renamed modules (html for HTMLParser's html.parser)
        return any(v27.module(old) for new, olds in renames.items()
                   if new == key[1] or new.startswith(key[1] + ".") for old in olds)
    if key[0] == "member":
        for old, members in renames.get(key[1], {}).items():
            if members is not None and key[2].split(".")[0] not in members:
                continue
            if v27.member(old, key[2]):
                return True
        return False
    if key[0] == "kwarg":
        parts = key[1].split(".")
        for i in range(len(parts) - 1, 0, -1):
            mod, rest = ".".join(parts[:i]), ".".join(parts[i:])
            for old, members in renames.get(mod, {}).items():
                if members is not None and rest.split(".")[0] not in members:
                    continue
                sig = v27.sigs.get(old + "." + rest)
                if sig is not None and key[2] in sig["p"]:
                    return True
    return False


def date_by_identity(entries, stats):
    """An undated row that names the same object as a row dated 3.1-3.5 (a re-export, or an
    attribute or keyword a subclass inherits: email.mime.text.MIMEText.as_string(policy) is
    email.message.Message.as_string(policy), 3.4) cannot be older than that row: it takes that
    date, which stays an earliest possible one. The objects are compared in the 3.6 interpreter,
    the oldest one installed (identity.py)."""
    undated = [k for k, e in entries.items()
               if e["source"] == "introspection-undated" and k[0] in ("member", "kwarg")]

    def leaf(k):
        return k[2] if k[0] == "kwarg" else k[2].rsplit(".", 1)[-1]
    leaves = {leaf(k) for k in undated}
    dated = [k for k, e in entries.items()
             if k[0] in ("member", "kwarg") and e["added"] and (3, 1) <= vkey(e["added"]) <= (3, 5)
             and e["source"] in ("docs", "whatsnew", "typeshed") and leaf(k) in leaves]
    path_in = os.path.join(CACHE, "identity-in.json")
    path_out = os.path.join(CACHE, "identity-out.json")
    with open(path_in, "w") as f:
        json.dump({"keys": sorted(undated) + sorted(dated)}, f)
    exe = os.path.join(PYENV, INTERPRETERS[1], "bin", "python")
    subprocess.run([exe, os.path.join(HERE, "identity.py"), path_in, path_out], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
    with open(path_out) as f:
        ident = {tuple(k.split("\t")): v for k, v in json.load(f).items()}
    by_ident = {}
    for k in dated:
        if k in ident:
            by_ident.setdefault(ident[k], []).append(k)
    changed = 0
    for k in undated:
        same = by_ident.get(ident.get(k), [])
        if not same:
            continue
        e = entries[k]
        best = max(same, key=lambda x: vkey(entries[x]["added"]))
        e["added"] = entries[best]["added"]
        e["source"] = "same-object"
        e["same_as"] = best
        changed += 1
    stats["identity_dated"] = changed


def resolve_conflict(fact_date, marker_date):
    """The date kept when What's New (fact_date) and a documentation marker or typeshed range
    (marker_date) disagree about an addition. What's New wins: each page was written for the
    release it describes, while a 3.11 marker can date an older name of the object
    (unittest.TestCase.assertRegex is marked 3.1, when it was added as assertRegexpMatches) or
    the end of a provisional status (email.contentmanager is marked 3.6; it shipped in 3.4).
    Every disagreement is printed; README.md lists them."""
    return fact_date

def apply_early_whatsnew(entries, keys, vector, stats):
    """Apply the facts of the What's New pages of 3.1-3.5 (data/whatsnew-3.[1-5].tsv)."""
    log = {"applied": 0, "corroborated": 0, "conflicts": [], "unknown": [], "contradicted": []}
    facts = []
    for row in load_whatsnew(early=True):
        kind, owner, name = row[:3]
        facts.append(row)
        # os re-exports posix: a fact about os.X is a fact about posix.X
        if kind == "member" and owner == "os" and ("member", "posix", name) in keys:
            facts.append((kind, "posix") + row[2:])
    listed = set()
    for kind, owner, name, added, removed, platform, page, section in facts:
        key = ("module", name) if kind == "module" else (kind, owner, name)
        listed.add(key)
        where = "whatsnew-%s.tsv [%s] %s" % (page, section, " ".join(x for x in key[1:] if x))
        if key not in keys and key in entries and removed is None:
            # dated by the documentation only (a keyword behind **kwargs, a Windows-only name)
            e = entries[key]
            if e["added"] == added:
                log["corroborated"] += 1
            elif e["added"] and vkey(e["added"]) >= (3, 1):
                log["conflicts"].append("%s: What's New %s, %s %s -> %s" % (
                    where, added, e["source"], e["added"], resolve_conflict(added, e["added"])))
                e["added"], e["source"] = resolve_conflict(added, e["added"]), "whatsnew"
            continue
        if key not in keys:
            if removed is None:
                # nothing the interpreters know: the name may be misspelled on the page, or not
                # visible to dir(); the table only dates what some interpreter shows
                log["unknown"].append(where)
                continue
            # gone before 3.6 and absent from 2.7 under this name: only the page knows it
            if key not in entries:
                entries[key] = {"py2": False, "added": "3.0", "removed": removed,
                                "source": "whatsnew", "gap": False}
                log["applied"] += 1
            continue
        vec = vector(key)
        present36 = fill(vec[1:], backward_first=key[0] != "kwarg")[0]
        e = entries.get(key)
        if removed:
            if present36:
                log["contradicted"].append("%s: removed in %s, but interpreter 3.6 has it"
                                           % (where, removed))
                continue
            if e is None:
                entries[key] = {"py2": bool(vec[0]), "added": None if vec[0] else "3.0",
                                "removed": removed, "source": "whatsnew", "gap": False}
            elif e["removed"] == "3.0":
                e["removed"] = removed
                e["source"] = "introspection+whatsnew" if "introspection" in e["source"] \
                    else e["source"] + "+whatsnew"
                # what 2.7 had on a class or module that lived on until this removal lived as long
                # (ftplib.Netrc.get_hosts goes with ftplib.Netrc in 3.5)
                prefix = (key[1] + "." if key[0] == "module" else key[1] + "." + key[2])
                for k2, e2 in entries.items():
                    owner2 = k2[1] if k2[0] != "module" else k2[1].rsplit(".", 1)[0]
                    inside = (k2[0] == "member" and key[0] == "member" and k2[1] == key[1]
                              and k2[2].startswith(key[2] + ".")) or \
                        (k2[0] == "kwarg" and (k2[1] + ".").startswith(prefix + ".")) or \
                        (key[0] == "module" and k2[0] != "method" and
                         (owner2 + ".").startswith(prefix))
                    if inside and e2["removed"] == "3.0" and e2["py2"]:
                        e2["removed"] = removed
                        e2["source"] = "introspection+whatsnew"
            else:
                log["contradicted"].append("%s: removed in %s, interpreters say %s"
                                           % (where, removed, e["removed"]))
                continue
            log["applied"] += 1
            continue
        if not present36:
            log["contradicted"].append("%s: added in %s, but interpreter 3.6 lacks it"
                                       % (where, added))
            continue
        if e is None:
            # in 2.7 (or unknown there) and in every probed 3.x: 3.0 lacked it until this release
            entries[key] = {"py2": bool(vec[0]), "added": added, "removed": None,
                            "source": "whatsnew", "gap": False}
            log["applied"] += 1
        elif e["source"] in ("docs", "typeshed"):
            if e["added"] == added:
                log["corroborated"] += 1
            else:
                keep = resolve_conflict(added, e["added"])
                log["conflicts"].append("%s: What's New %s, %s %s -> %s"
                                        % (where, added, e["source"], e["added"] or "-", keep))
                if keep != e["added"]:
                    e["added"], e["source"] = keep, "whatsnew"
        elif e["added"] in (None, "3.0") and "introspection" in e["source"]:
            e["added"] = added
            # the removal (if any) is the interpreters' or a later page's
            e["source"] = "whatsnew" if e["removed"] is None else "introspection+whatsnew"
            log["applied"] += 1
        else:
            log["contradicted"].append("%s: added in %s, entry says %s (%s)"
                                       % (where, added, e["added"], e["source"]))
    stats["early_whatsnew"] = log
    print("What's New 3.1-3.6: %d facts, %d applied, %d agree with a doc marker or typeshed, "
          "%d conflicts with a doc marker, %d contradicted by the interpreters, %d unknown to "
          "the interpreters" % (len(facts), log["applied"], log["corroborated"],
                                len(log["conflicts"]), len(log["contradicted"]),
                                len(log["unknown"])), file=sys.stderr)
    for c in log["conflicts"]:
        print("  conflict: " + c, file=sys.stderr)
    for c in log["contradicted"]:
        print("  contradicted: " + c, file=sys.stderr)
    with open(os.path.join(CACHE, "whatsnew-early.txt"), "w") as f:
        for label in ("conflicts", "contradicted", "unknown"):
            for c in log[label]:
                f.write("%s\t%s\n" % (label, c))
    return {k for k in listed if k in entries}


def availability(py2, added, removed):
    out = set()
    for v in ALL_VERSIONS:
        if v == "2.7":
            if py2:
                out.add(v)
            continue
        if added and vkey(v) < vkey(added):
            continue
        if removed and vkey(v) >= vkey(removed):
            continue
        out.add(v)
    return frozenset(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cached", action="store_true", help="reuse tools/api-table/.cache/*.json")
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--without-early-whatsnew", action="store_true",
                    help="leave out data/whatsnew-3.[1-5].tsv (to measure what they change)")
    args = ap.parse_args()
    raw = probe(args.cached)
    vers = {v: Version(raw[v]) for v in PROBED}
    doc_modules, doc_objects, doc_refs = docs.read_docs()
    ref_date = {}
    for m, p, v in doc_refs:
        ref_date.setdefault((m, p), v)
    doc_mod = {m["module"]: m for m in doc_modules}
    doc_obj = {}
    for o in doc_objects:
        doc_obj.setdefault((o["module"], o["path"]), o)
    typeshed = load_typeshed()
    renames = load_renames()
    stats = {"gaps": [], "doc_disagree": 0, "doc_dated": 0, "backports": []}
    backports = load_backports()

    def backport_date(key, first, vec):
        """The documented version of an API that interpreters of an older minor have through a
        security backport (see the README's Rules), with its source, else (None, None)."""
        d, src = backports.get(key), "backport"
        if d is None:
            # a documentation marker: only a bare "versionadded:: X" (or one that says it was
            # backported) of the object itself; a marker with a text is often about a detail
            # ("versionadded:: 3.7 Descriptors for nested definitions" in pyclbr.readmodule_ex)
            d, dsrc = doc_date(key)
            src = "docs-backport"
            if dsrc != "docs" or key[0] == "module":
                return None, None
            if key[0] != "kwarg":  # keyword dates come from explicit "Added the *x* parameter"
                o = doc_obj.get((key[1], key[2])) if key[0] == "member" else \
                    doc_obj.get(("builtins", key[1] + "." + key[2]))
                if o is None or o.get("added") != d or (
                        o.get("added_note") and "backport" not in o["added_note"].lower()):
                    return None, None
            if not vec[1 + PY3_PROBED.index(first)]:
                return None, None  # the first version only has it by filling an unknown
        if not d or vkey(d) <= vkey(first) or d not in PY3_PROBED or \
                not vec[PROBED.index(d)]:
            return None, None
        return d, src

    def doc_platform(module, path=None):
        mod = module
        while mod:
            if mod in WINDOWS_MODULES or (doc_mod.get(mod) or {}).get("platform"):
                return True
            mod = mod.rsplit(".", 1)[0] if "." in mod else None
        if path is not None:
            o = doc_obj.get((module, path))
            if o and o.get("platform"):
                return True
        return False

    # -- collect keys -------------------------------------------------------------------------
    keys = set()
    for ver in vers.values():
        for m in ver.found:
            keys.add(("module", m))
        if ver.v == "2.7":
            keys.add(("module", "builtins"))
        for (m, p) in ver.members:
            keys.add(("member", m, p))
        for t, attrs in ver.types.items():
            for a in attrs:
                keys.add(("method", t, a))
        for owner, sig in ver.sigs.items():
            for p in sig["p"]:
                if not p.startswith("_") and p not in ("self", "cls"):
                    keys.add(("kwarg", owner, p))

    def vector(key):
        out = []
        for v in PROBED:
            ver = vers[v]
            if key[0] == "module":
                out.append(ver.module(key[1]))
            elif key[0] == "member":
                out.append(ver.member(key[1], key[2]))
            elif key[0] == "method":
                out.append(ver.method(key[1], key[2]))
            else:
                out.append(ver.kwarg(key[1], key[2]))
        if key[0] == "kwarg":
            # a parameter only counts as new when the version before had a readable signature
            # without **kwargs (which may have taken it already); every such version before it, not only
            # the last one, or the unknown would be filled from an older **kwargs version's False
            # (unittest.mock.Mock(spec=) would date from 3.11, the first readable signature)
            for i in range(1, len(out)):
                j = i - 1
                while out[i] and j >= 0 and out[j] is False and vers[PROBED[j]].varkw(key[1]):
                    out[j] = None
                    j -= 1
            # removals are only trusted for Python-level callables
            for i in range(1, len(out)):
                if out[i] is False and out[i - 1]:
                    sig = vers[PROBED[i - 1]].sigs.get(key[1])
                    if not sig or not sig.get("py") or vers[PROBED[i]].varkw(key[1]):
                        out[i] = None
        return out

    def doc_date(key):
        if key[0] == "module":
            t = typeshed.get(key[1])
            if t and t[0] != "3.0":
                return t[0], "typeshed"
            m = doc_mod.get(key[1])
            if vers["2.7"].module(key[1]):
                return None, None  # section-level markers on old pages are not module dates
            return ((m["added"], "docs") if m and m.get("added") else (None, None))
        if key[0] == "member":
            o = doc_obj.get((key[1], key[2]))
            if not (o and o.get("added")) and (key[1], key[2]) in ref_date:
                return ref_date[(key[1], key[2])], "docs"
        elif key[0] == "method":
            o = doc_obj.get(("builtins", key[1] + "." + key[2]))
            if not (o and o.get("added")) and key[1] == "bool":
                o = doc_obj.get(("builtins", "int." + key[2]))  # bool inherits int's methods
            if not (o and o.get("added")):
                d = ref_date.get(("builtins", key[1] + "." + key[2]))
                if d is None and not vers["2.7"].method(key[1], key[2]):
                    d = ref_date.get(("builtins", "*." + key[2]))
                if d:
                    return d, "docs"
        else:
            owner = key[1]
            o = None
            if owner.count(".") >= 1:
                # owner is module.path or type.method; try every split point
                parts = owner.split(".")
                for i in range(len(parts) - 1, 0, -1):
                    cand = doc_obj.get((".".join(parts[:i]), ".".join(parts[i:])))
                    if cand:
                        o = cand
                        break
                if o is None:
                    o = doc_obj.get(("builtins", owner))
            if o and key[2] in o["kwargs"]:
                return o["kwargs"][key[2]], "docs"
            return None, None
        return ((o["added"], "docs") if o and o.get("added") else (None, None))

    entries = {}
    for key in sorted(keys):
        vec = vector(key)
        py2 = vec[0]
        # an attribute of a class whose attributes were not recorded in some version is most
        # likely what the next version shows; a keyword whose signature was unreadable (or behind
        # **kwargs) is dated from the first version that shows it
        py3 = fill(vec[1:], backward_first=key[0] != "kwarg")
        if all(x is None for x in py3):
            continue
        runs = []
        for i, x in enumerate(py3):
            if x and (i == 0 or not py3[i - 1]):
                runs.append([i, i])
            elif x:
                runs[-1][1] = i
        source = "introspection"
        if not runs:
            if not py2:
                continue
            added, removed = None, "3.0"
        else:
            if len(runs) > 1:
                stats["gaps"].append(key)
            # a key with gaps (token.ASYNC: 3.6, then 3.8-3.12) is dated from its first run: a version that
            # has it must not be told it needs a newer one; the gap itself cannot be expressed and is
            # flagged as platform-dependent below
            s, e = runs[0][0], runs[-1][1]
            removed = None if e == len(py3) - 1 else PY3_PROBED[e + 1]
            if s == 0:
                # present from the oldest probed 3.x: date it from the documentation, which
                # may say 3.0-3.6, or later when the probes before that date were inconclusive
                # (signature unreadable or hidden behind **kwargs)
                raw3 = vec[1:]
                k0 = next(i for i, x in enumerate(raw3) if x)
                d, dsrc = doc_date(key)
                ok = bool(d) and (3, 0) <= vkey(d) <= vkey(PY3_PROBED[k0]) and all(
                    raw3[i] is None for i in range(k0) if vkey(PY3_PROBED[i]) >= vkey(d))
                if ok and py2 and d == "3.0":
                    ok = False
                if ok and py2 is None and vkey(d) < (3, 1):
                    ok = False
                if ok:
                    added, source = d, dsrc
                    stats["doc_dated"] += 1
                    if py2 is None and key[0] == "kwarg":
                        py2 = False  # a keyword added in 3.1 or later: 2.7 did not have it
                elif py2 is None and key[0] != "module":
                    # nothing is known about 2.7 or the date: no entry unless it was removed
                    if removed is None:
                        continue
                    added = None
                elif py2:
                    added = None
                else:
                    added = "3.0"
                    source = "introspection-renamed" if renamed_in_27(key, renames, vers["2.7"]) \
                        else "introspection-undated"
            else:
                added = PY3_PROBED[s]
                d, _ = doc_date(key)
                if d and d != added and vkey(d) >= (3, 0):
                    stats["doc_disagree"] += 1
            # a documented version newer than the first interpreter that has the API: that
            # interpreter is a late patch release with a security backport (3.8.18 has 3.12's
            # tarfile.data_filter, 3.7.16 has 3.11's sys.get_int_max_str_digits); its .0 release
            # lacks it, so the documented version is the safe minimum
            if runs:
                b, bsrc = backport_date(key, PY3_PROBED[runs[-1][0]], vec)
                if b:
                    added, source = b, bsrc
                    stats["backports"].append((key, PY3_PROBED[runs[-1][0]], b))
        if added is None and removed is None:
            continue
        if py2 is None and key[0] == "kwarg" and added and added != "3.0":
            py2 = False  # a keyword that appeared in 3.x: 2.7 (signature unreadable) lacked it
        entries[key] = {"py2": py2, "added": added, "removed": removed, "source": source,
                        "gap": len(runs) > 1}
    # "introspection-undated" marks the uncertain class: absent from 2.7, present from 3.6 on, and
    # no documentation marker, so 3.0 is only the earliest possible date; "introspection-renamed"
    # is the same, but 2.7 had the API under its pre-3.0 module name, which confirms 3.0.

    # -- objects only the documentation knows (Windows-only modules and members) ---------------
    # Windows-only modules and members cannot be probed on Linux. They get an entry even when
    # undated, so that lookups can say they are platform dependent.
    for m in doc_modules:
        key = ("module", m["module"])
        if key in keys or not m["module"] or not doc_platform(m["module"]):
            continue
        t = typeshed.get(m["module"])
        added = (t[0] if t and t[0] != "3.0" else None) or m.get("added")
        removed = "3.%d" % (vkey(t[1])[1] + 1) if t and t[1] else None
        entries[key] = {"py2": m["module"] in PY2_WINDOWS_MODULES if not added else False,
                        "added": added if added or m["module"] in PY2_WINDOWS_MODULES else "3.0",
                        "removed": removed, "platform": True, "gap": False, "windows_only": True,
                        "source": "typeshed" if t and t[0] != "3.0" else "docs"}
    for o in doc_objects:
        if not o.get("platform") or o["module"] == "builtins":
            continue
        if any(part.startswith("_") for part in o["path"].split(".")):
            continue  # private and dunder names are not tabled
        key = ("member", o["module"], o["path"])
        if key in keys or (o.get("added") and vkey(o["added"]) < (3, 0)):
            continue
        plat = (o["platform"] or "").lower()
        windows_only = "windows" in plat and "unix" not in plat and "linux" not in plat
        if not windows_only and not doc_platform(o["module"]):
            continue
        if o["module"] not in {k[1] for k in keys if k[0] == "module"} and \
                ("module", o["module"]) not in entries:
            continue
        entries[key] = {"py2": False if o.get("added") else None, "added": o.get("added"),
                        "removed": None, "source": "docs", "gap": False, "platform": True,
                        "windows_only": windows_only}

    # -- typeshed module ranges for removals older than 3.6 and modules we could not probe -----
    for mod, (first, last) in typeshed.items():
        key = ("module", mod)
        if key in entries or key in keys:
            continue
        removed = "3.%d" % (vkey(last)[1] + 1) if last else None
        if first != "3.0" or removed:
            entries[key] = {"py2": False, "added": first if first != "3.0" else None,
                            "removed": removed, "source": "typeshed", "gap": False}

    # -- keyword arguments only the documentation dates (passed through **kwargs, or on a
    #    callable whose signature cannot be read) ----------------------------------------------
    for o in doc_objects:
        for param, d in o["kwargs"].items():
            if vkey(d) < (3, 1):
                continue
            owner = o["path"] if o["module"] == "builtins" and "." in o["path"] \
                else o["module"] + "." + o["path"]
            key = ("kwarg", owner, param)
            if key in keys or key in entries:
                continue
            mk = ("method", *owner.split(".", 1)) if o["module"] == "builtins" and "." in o["path"] \
                else ("member", o["module"], o["path"])
            if mk not in keys or not vector(mk)[-1]:
                continue
            entries[key] = {"py2": False, "added": d, "removed": None, "source": "docs",
                            "gap": False}
            stats["doc_only_kwargs"] = stats.get("doc_only_kwargs", 0) + 1

    # -- What's New 3.1-3.5 ----------------------------------------------------------------------
    # Precedence: the interpreters decide presence in 2.7 and 3.6+ (a fact that contradicts them is
    # reported and ignored); a documentation marker or typeshed range decides the date it gives,
    # unless What's New disagrees (see resolve_conflict); What's New dates the rest.
    early_listed = set()
    if not args.without_early_whatsnew:
        early_listed = apply_early_whatsnew(entries, keys, vector, stats)
        date_by_identity(entries, stats)

    # -- What's New 3.12-3.15 ------------------------------------------------------------------
    listed = set(early_listed)  # page facts stay rows even where a parent's row implies them
    for kind, owner, name, added, removed, platform, _page, _section in load_whatsnew():
        key = ("module", name) if kind == "module" else (kind, owner, name)
        listed.add(key)
        e = entries.get(key)
        if e is None:
            present_313 = key in keys and vector(key)[-1]
            if added is None and not present_313 and key not in keys:
                continue
            py2 = bool(key in keys and vector(key)[0])
            e = {"py2": py2, "added": added, "removed": None, "source": "whatsnew", "gap": False}
            if added is None and key not in keys:
                continue
            entries[key] = e
        if added and not e["added"]:
            if key in keys and any(vector(key)[1:]):
                pass  # the interpreters already have it; keep their date
            else:
                e["added"] = added
                e["source"] = "whatsnew"
                if e["removed"] and vkey(e["removed"]) <= vkey(added):
                    e["removed"] = None  # a Python 2 name that came back (turtle.fill, 3.14)
        if removed and not e["removed"]:
            e["removed"] = removed
            if "whatsnew" not in e["source"]:
                e["source"] = e["source"] + "+whatsnew"
        if platform:
            e["platform"] = True

    # -- platform flags ---------------------------------------------------------------------------
    for key, e in entries.items():
        plat = e.get("platform", False) or e["gap"]
        if key[0] == "module":
            mod = key[1]
            plat = plat or doc_platform(mod) or (
                any(vers[v].module(mod) for v in PROBED[1:]) and
                not any(mod in vers[v].imported for v in PROBED[1:]))
        elif key[0] == "member":
            mod, path = key[1], key[2]
            leaf = path.rsplit(".", 1)[-1]
            plat = plat or doc_platform(mod, path) or (
                mod.split(".")[0] in OS_MODULES and CONST.match(leaf) is not None)
            if not plat and "." in path:
                plat = doc_platform(mod, path.rsplit(".", 1)[0])
        elif key[0] == "kwarg":
            owner = key[1]
            top = owner.split(".")[0]
            plat = plat or top in WINDOWS_MODULES
        e["platform"] = plat

    # -- drop entries that say nothing their parent does not say ------------------------------
    def parent(key):
        if key[0] == "module":
            return ("module", key[1].rsplit(".", 1)[0]) if "." in key[1] else None
        if key[0] == "member":
            if "." in key[2]:
                return ("member", key[1], key[2].rsplit(".", 1)[0])
            return ("module", key[1])
        if key[0] == "kwarg":
            owner = key[1]
            parts = owner.split(".")
            for i in range(len(parts) - 1, 0, -1):
                mk = ("member", ".".join(parts[:i]), ".".join(parts[i:]))
                if mk in keys or mk in entries:
                    return mk
            if len(parts) == 2:
                return ("method", parts[0], parts[1])
            return None
        return None

    def avail(key):
        e = entries.get(key)
        if e is not None:
            return availability(e["py2"], e["added"], e["removed"])
        if key[0] == "module" and key[1] == "builtins":
            return availability(False, "3.0", None)
        p = parent(key)
        return avail(p) if p is not None else frozenset(ALL_VERSIONS)

    def clamp(key):
        """A child cannot exist where its parent does not: narrow it to the parent's range."""
        e = entries[key]
        if e.get("clamped"):
            return
        e["clamped"] = True
        p = parent(key)
        while p is not None and p not in entries and not (p[0] == "module" and p[1] == "builtins"):
            p = parent(p)
        if key[0] == "member" and key[1] == "builtins":
            if e["py2"] is None:
                e["py2"] = False
            return
        if p is None:
            # no entry up the chain: the parent exists in every version, 2.7 included
            if e["py2"] is None:
                e["py2"] = True
            return
        if p not in entries:
            pe = {"py2": False, "added": "3.0", "removed": None}
        else:
            clamp(p)
            pe = entries[p]
        e["py2"] = pe["py2"] if e["py2"] is None else (e["py2"] and pe["py2"])
        if pe["added"] and (not e["added"] or vkey(pe["added"]) > vkey(e["added"])):
            e["added"] = pe["added"]
        if pe["removed"] and (not e["removed"] or vkey(pe["removed"]) < vkey(e["removed"])):
            e["removed"] = pe["removed"]
        if e["added"] and e["removed"] and vkey(e["added"]) >= vkey(e["removed"]):
            # no Python 3 version has both: only Python 2.7 (if any) had it
            e["added"], e["removed"] = None, "3.0"

    for key in list(entries):
        clamp(key)

    drop = set()
    for key, e in entries.items():
        p = parent(key)
        if p is None:
            continue
        mine = availability(e["py2"], e["added"], e["removed"])
        if key[0] == "member" and key[1] == "builtins":
            pav = frozenset(ALL_VERSIONS)
        else:
            pav = avail(p)
        parent_platform = entries[p]["platform"] if p in entries else False
        if pav <= mine and not (e.get("windows_only") and not parent_platform) and key not in listed:
            # everywhere the parent exists, this exists too: the parent's entry says it all
            drop.add(key)
        elif key[0] == "kwarg" and e["removed"] == "3.0":
            # Python 2 signatures of functions that Python 3 rewrote: not useful, mostly noise
            drop.add(key)
    for k in drop:
        del entries[k]

    # -- package attributes that share a removed submodule's name ----------------------------
    # Python 2 had a submodule curses.wrapper (gone in 3.0) and a package function of the same
    # name, which every 3.x keeps. A member row without dates says that the attribute is always
    # there, so 'from curses import wrapper' and 'curses.wrapper(f)' resolve to the function and
    # only 'import curses.wrapper' meets the module's removal.
    for key, e in list(entries.items()):
        if key[0] != "module" or not e["removed"] or "." not in key[1]:
            continue
        parent, last = key[1].rsplit(".", 1)
        mkey = ("member", parent, last)
        if mkey not in entries and all(vers[v].member(parent, last) for v in PROBED):
            entries[mkey] = {"py2": True, "added": None, "removed": None, "platform": False,
                             "source": "introspection", "gap": False}
            print("package attribute shadows a removed submodule:", parent + "." + last,
                  file=sys.stderr)

    # -- write -------------------------------------------------------------------------------
    rows = []
    for key, e in entries.items():
        # the uncertain class stays visible in the table: "introspection-undated" rows have
        # added 3.0 as the earliest possible version, not as a dated fact
        src = e["source"].replace("introspection-renamed", "introspection")
        if not (e["added"] == "3.0" and not e["py2"]):
            src = src.replace("introspection-undated", "introspection")
        if key[0] == "module":
            owner, name = "", key[1]
        else:
            owner, name = key[1], key[2]
        rows.append((key[0], owner, name, e["added"] or "", e["removed"] or "",
                     "yes" if e["py2"] else "no", "yes" if e["platform"] else "no",
                     src))
    rows.sort()
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", newline="\n") as f:
        f.write("# Standard-library API availability, generated by tools/api-table/build.py; "
                "do not edit.\n")
        f.write("# kind\towner\tname\tadded\tremoved\tpy27\tplatform\tsource\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    counts = {}
    for r in rows:
        counts[r[0]] = counts.get(r[0], 0) + 1
    print("entries:", len(rows), counts, file=sys.stderr)
    def final_3_0(marker):
        return sum(1 for e in entries.values() if e["source"].startswith(marker)
                   and e["added"] == "3.0" and not e["py2"])
    undated = final_3_0("introspection-undated")
    print("dated 3.0 only because 2.7 lacks it and no marker or What's New dates it:", undated,
          "(3.0 confirmed by 2.7's name before the 3.0 module renames: %d)"
          % final_3_0("introspection-renamed"), file=sys.stderr)
    print("dated from a 3.1-3.5 row naming the same object (re-export or inherited):",
          stats.get("identity_dated", 0), file=sys.stderr)
    print("doc-dated:", stats["doc_dated"], "doc-only kwargs:", stats.get("doc_only_kwargs", 0),
          "security backports dated by their documented version:", len(stats["backports"]),
          "doc/introspection disagreements:", stats["doc_disagree"], "gaps:", len(stats["gaps"]),
          file=sys.stderr)
    for key, first, b in sorted(stats["backports"]):
        print("  backport: %s %s: interpreter %s has it, documented %s" % (
            key[0], " ".join(key[1:]), first, b), file=sys.stderr)
    with open(os.path.join(CACHE, "gaps.txt"), "w") as f:
        for g in sorted(stats["gaps"]):
            f.write("\t".join(g) + "\n")


if __name__ == "__main__":
    main()
