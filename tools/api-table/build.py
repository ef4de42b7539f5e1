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


def load_whatsnew():
    rows = []
    for fn in sorted(os.listdir(os.path.join(HERE, "data"))):
        if not fn.startswith("whatsnew-"):
            continue
        with open(os.path.join(HERE, "data", fn)) as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                parts = line.rstrip("\n").split("\t")
                kind, owner, name, added, removed, platform = (parts + [""] * 6)[:6]
                rows.append((kind, owner, name, added or None, removed or None, platform == "yes"))
    return rows


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
    stats = {"gaps": [], "doc_disagree": 0, "doc_dated": 0}

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
            else:
                added = PY3_PROBED[s]
                d, _ = doc_date(key)
                if d and d != added and vkey(d) >= (3, 0):
                    stats["doc_disagree"] += 1
        if added is None and removed is None:
            continue
        if py2 is None and key[0] == "kwarg" and added and added != "3.0":
            py2 = False  # a keyword that appeared in 3.x: 2.7 (signature unreadable) lacked it
        entries[key] = {"py2": py2, "added": added, "removed": removed, "source": source,
                        "gap": len(runs) > 1}

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

    # -- What's New 3.12-3.15 ------------------------------------------------------------------
    listed = set()
    for kind, owner, name, added, removed, platform in load_whatsnew():
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

    # -- write -------------------------------------------------------------------------------
    rows = []
    for key, e in entries.items():
        if key[0] == "module":
            owner, name = "", key[1]
        else:
            owner, name = key[1], key[2]
        rows.append((key[0], owner, name, e["added"] or "", e["removed"] or "",
                     "yes" if e["py2"] else "no", "yes" if e["platform"] else "no", e["source"]))
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
    print("doc-dated:", stats["doc_dated"], "doc-only kwargs:", stats.get("doc_only_kwargs", 0),
          "doc/introspection disagreements:", stats["doc_disagree"], "gaps:", len(stats["gaps"]),
          file=sys.stderr)
    with open(os.path.join(CACHE, "gaps.txt"), "w") as f:
        for g in sorted(stats["gaps"]):
            f.write("\t".join(g) + "\n")


if __name__ == "__main__":
    main()
