# -*- coding: utf-8 -*-
"""Probe one CPython interpreter for its public standard-library API.

Runs under Python 2.7 and 3.6+ (no f-strings, no annotations). Usage:

    /root/.pyenv/versions/3.8.18/bin/python introspect.py OUT.json

Writes one JSON object: the interpreter version, every public stdlib module that can be
found (and whether it imports), the public members of each importable module, the public
attributes of the classes those modules define, the methods of the builtin types, and the
keyword-capable parameters of every callable whose signature can be read.
"""
from __future__ import print_function

import inspect
import json
import os
import pkgutil
import sys
import types
import warnings

PY2 = sys.version_info[0] == 2

# Components that mark a module as not part of the public API surface we table.
SKIP_COMPONENTS = set(["test", "tests", "idle_test", "__main__", "__phello__", "__hello__",
                       "turtledemo", "site-packages", "dist-packages"])
# Packages whose submodules are not tabled (codecs, the IDLE application, bundled wheels).
NO_SUBMODULES = set(["encodings", "idlelib", "ensurepip", "lib2to3.fixes", "pydoc_data"])
# Modules never imported (side effects), only found.
NO_IMPORT = set(["antigravity", "this", "idlelib", "turtledemo",
                 # importing Tix adds the tix Form methods to every tkinter widget class
                 "tkinter.tix", "Tix"])

BUILTIN_TYPES_PY3 = ["str", "bytes", "bytearray", "int", "float", "complex", "bool", "list",
                     "tuple", "dict", "set", "frozenset", "range", "memoryview", "slice",
                     "object", "type", "property", "BaseException", "super"]
# Python 2 spelling of each table type; str methods are looked up on str and unicode.
PY2_TYPE_NAMES = {"str": ["unicode", "str"], "bytes": ["str"], "range": ["xrange"],
                  "int": ["int", "long"]}


def public(name):
    return not name.startswith("_")


def module_ok(name):
    parts = name.split(".")
    if name in ("__future__", "__builtin__", "builtins"):
        return True
    for p in parts:
        if p.startswith("_") or p in SKIP_COMPONENTS or p.startswith("xx"):
            return False
    return True


def stdlib_dirs():
    base = os.path.dirname(os.__file__)
    dirs = [base]
    dyn = os.path.join(base, "lib-dynload")
    if os.path.isdir(dyn):
        dirs.append(dyn)
    # Python 2.7 keeps part of its library in lib-tk, plat-linux2, ... on sys.path
    for p in sys.path:
        if p and p.startswith(base + os.sep) and os.path.isdir(p) and p not in dirs and \
                "site-packages" not in p and "dist-packages" not in p:
            dirs.append(p)
    return dirs


def discover():
    names = set()
    for n in sys.builtin_module_names:
        if module_ok(n):
            names.add(n)
    for _finder, n, _ispkg in pkgutil.iter_modules(stdlib_dirs()):
        if module_ok(n):
            names.add(n)
    return names


def find_spec(name):
    try:
        if PY2:
            import imp
            path = None
            for part in name.split("."):
                f, pathname, desc = imp.find_module(part, path)
                if f:
                    f.close()
                if desc[2] == imp.PKG_DIRECTORY:
                    path = [pathname]
                else:
                    path = None
            return True
        import importlib.util
        return importlib.util.find_spec(name) is not None
    except BaseException:
        return False


class Quiet(object):
    def __enter__(self):
        self.out, self.err = sys.stdout, sys.stderr
        self.null = open(os.devnull, "w")
        sys.stdout = sys.stderr = self.null
        return self

    def __exit__(self, *exc):
        sys.stdout, sys.stderr = self.out, self.err
        self.null.close()
        return False


def try_import(name):
    try:
        with Quiet():
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                __import__(name)
        return sys.modules[name]
    except BaseException:
        return None


def submodules(mod):
    path = getattr(mod, "__path__", None)
    if not path:
        return []
    out = []
    try:
        for _f, n, _p in pkgutil.iter_modules(list(path)):
            out.append(mod.__name__ + "." + n)
    except BaseException:
        pass
    return out


def params_of(obj):
    """Keyword-capable parameter names, or None when the signature cannot be read."""
    try:
        if PY2:
            target = obj
            if isinstance(obj, (type, types.ClassType)):
                target = getattr(obj, "__init__", None)
            if isinstance(target, types.MethodType):
                target = target.__func__
            if not isinstance(target, types.FunctionType):
                return None
            spec = inspect.getargspec(target)
            names = [a for a in spec.args if isinstance(a, str)]
            if names and names[0] in ("self", "cls"):
                names = names[1:]
            return {"p": sorted(names), "kw": spec.keywords is not None, "py": True}
        sig = inspect.signature(obj)
    except BaseException:
        return None
    # a wrapper's own named parameters count too: inspect.signature follows __wrapped__ and would hide a
    # deprecation wrapper's old keyword (importlib.resources.files(package=) in 3.12 and 3.13)
    extra = []
    if getattr(obj, "__wrapped__", None) is not None:
        try:
            own = inspect.signature(obj, follow_wrapped=False)
            extra = [p.name for p in own.parameters.values()
                     if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY) and p.name not in ("self", "cls")]
        except BaseException:
            extra = []
    names = []
    varkw = False
    target = getattr(obj, "__func__", obj)
    is_py = inspect.isfunction(target) or (
        inspect.isclass(obj) and inspect.isfunction(getattr(obj, "__init__", None)))
    for p in sig.parameters.values():
        if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY) and not (
                not names and p.name in ("self", "cls") and p.kind == p.POSITIONAL_OR_KEYWORD):
            names.append(p.name)
        elif p.kind == p.VAR_KEYWORD:
            varkw = True
    names.extend(n for n in extra if n not in names)
    return {"p": sorted(names), "kw": varkw, "py": bool(is_py)}


def owner_module(obj):
    try:
        m = getattr(obj, "__module__", None)
        return m if isinstance(m, str) else None
    except BaseException:
        return None


def builtin_module_names():
    return set(["builtins", "__builtin__", "exceptions"])


def class_members(cls):
    """Public attributes of a stdlib class, leaving out what only builtin bases provide."""
    out = {}
    try:
        mro = inspect.getmro(cls)
    except BaseException:
        return out
    for klass in mro:
        if owner_module(klass) in builtin_module_names():
            continue
        try:
            items = list(vars(klass).items())
        except BaseException:
            continue
        for n, v in items:
            if public(n) and n not in out:
                try:
                    getattr(cls, n)  # a DynamicClassAttribute (Enum.name) is not a class attribute
                except BaseException:
                    continue
                out[n] = v
    return out


def builtin_attrs(cls, own):
    """Public names the class gets from builtin bases (ImportError.name, int.bit_count, ...)."""
    try:
        names = dir(cls)
    except BaseException:
        return []
    return sorted(n for n in names if public(n) and n not in own)


def related(modname, objmod):
    if objmod is None:
        return False
    if objmod == modname or objmod.startswith(modname + "."):
        return True
    top = modname.split(".")[0]
    stripped = objmod.lstrip("_")
    return stripped == modname or stripped.split(".")[0] == top or objmod.split(".")[0] == top


def is_enum(cls):
    enum = sys.modules.get("enum")
    try:
        return enum is not None and issubclass(cls, enum.Enum)
    except BaseException:
        return False


def defines(modname, objmod):
    """Whether a class found in module modname is defined there (or in its C accelerator or a
    submodule), rather than imported from a sibling module."""
    if objmod is None:
        return False
    if objmod == modname or objmod.startswith(modname + "."):
        return True
    bare = objmod.lstrip("_")
    return bare == modname or bare == modname.split(".")[-1] or bare.startswith(modname + ".")


def defines_class(modname, cls):
    """defines() for a class; C classes without a dotted name report the module 'builtins'."""
    om = owner_module(cls)
    if defines(modname, om):
        return True
    if om in builtin_module_names() and modname not in ("builtins", "__builtin__"):
        if PY2:
            import __builtin__ as bmod
        else:
            import builtins as bmod
        return getattr(bmod, getattr(cls, "__name__", ""), None) is not cls
    return False


def namespace_module(modname, n, obj):
    """Whether a module-typed member is a namespace that exists only as that attribute, not an
    importable module (``sys.monitoring``, 3.12: ``import sys.monitoring`` fails): it is tabled
    as a member. Other module members (``os.path``, submodules) are modules of their own."""
    full = modname + "." + n
    return getattr(obj, "__name__", None) == full and full not in sys.modules


def probe_module(mod):
    name = mod.__name__
    try:
        allnames = getattr(mod, "__all__", None)
        allset = set(allnames) if isinstance(allnames, (list, tuple)) else None
    except BaseException:
        allset = None
    members = {}
    try:
        names = dir(mod)
    except BaseException:
        names = []
    for n in names:
        if not public(n) and name != "__future__":
            continue
        if not public(n):
            continue
        try:
            obj = getattr(mod, n)
        except BaseException:
            continue
        if isinstance(obj, types.ModuleType) and not namespace_module(name, n, obj):
            continue
        om = owner_module(obj) if (inspect.isclass(obj) or inspect.isroutine(obj)) else None
        if allset is not None and n not in allset and not related(name, om):
            continue
        entry = {}
        if om is not None and not defines(name, om) and name not in ("builtins", "__builtin__"):
            entry["reexport"] = True  # imported from another module (ssl.namedtuple)
        if callable(obj):
            sig = params_of(obj)
            if sig is not None:
                entry["sig"] = sig
        if inspect.isclass(obj):
            entry["class"] = True
            if is_enum(obj):
                entry["enum"] = True
                entry.pop("sig", None)
        if inspect.isclass(obj) and defines_class(name, obj):
            attrs = {}
            own = class_members(obj)
            entry["battrs"] = builtin_attrs(obj, own)
            for an, av in own.items():
                a = {}
                if callable(av) or isinstance(av, (staticmethod, classmethod)):
                    fn = getattr(obj, an, None)
                    sig = params_of(fn) if fn is not None else None
                    if sig is not None:
                        a["sig"] = sig
                attrs[an] = a
            entry["attrs"] = attrs
        members[n] = entry
    return members


def probe_builtin_types():
    if PY2:
        import __builtin__ as bmod
    else:
        import builtins as bmod
    out = {}
    for t in BUILTIN_TYPES_PY3:
        spellings = PY2_TYPE_NAMES.get(t, [t]) if PY2 else [t]
        attrs = {}
        found = False
        for sp in spellings:
            typ = getattr(bmod, sp, None)
            if typ is None:
                continue
            found = True
            for an in dir(typ):
                if not public(an) or an in attrs:
                    continue
                a = {}
                sig = params_of(getattr(typ, an, None))
                if sig is not None:
                    a["sig"] = sig
                attrs[an] = a
        if found:
            out[t] = attrs
    return out


def quiet_getattr(obj, name):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return getattr(obj, name)


def probe_candidates(mod, cand, members):
    """Ask for the names other versions list. A module __getattr__ (PEP 562) serves names dir()
    does not show (collections.Mapping in 3.7-3.9); attribute lookups on a member answer for
    class attributes other versions have ("extra": the ones that resolve here, e.g. typing.Dict
    forwarding to dict in 3.7+)."""
    for n in cand.get("m", []):
        if n in members:
            continue
        try:
            obj = quiet_getattr(mod, n)
        except BaseException:
            continue
        if isinstance(obj, types.ModuleType) and not namespace_module(mod.__name__, n, obj):
            continue
        members[n] = {"lazy": True, "class": inspect.isclass(obj)}
    for n, attrs in cand.get("a", {}).items():
        if n not in members:
            continue
        try:
            obj = quiet_getattr(mod, n)
        except BaseException:
            continue
        entry = members[n]
        known = entry.get("attrs", {})
        extra = []
        for a in attrs:
            if a in known:
                continue
            try:
                quiet_getattr(obj, a)
            except BaseException:
                continue
            extra.append(a)
        entry["probed"] = True
        entry["extra"] = sorted(extra)


def main():
    out_path = sys.argv[1]
    candidates = {}
    if len(sys.argv) > 2:
        with open(sys.argv[2]) as f:
            candidates = json.load(f)
    result = {"version": "%d.%d" % sys.version_info[:2], "platform": sys.platform,
              "modules": {}}
    seen = set()
    todo = sorted(discover())
    while todo:
        name = todo.pop(0)
        if name in seen:
            continue
        seen.add(name)
        info = {"found": find_spec(name) or name in sys.builtin_module_names}
        if not info["found"]:
            continue
        mod = None
        top = name.split(".")[0]
        if name not in NO_IMPORT and top not in NO_IMPORT:
            mod = try_import(name)
        info["imported"] = mod is not None
        if mod is not None:
            if not any(name == p or name.startswith(p + ".") for p in NO_SUBMODULES) or \
                    name in ("encodings",):
                if name not in NO_SUBMODULES:
                    for sub in submodules(mod):
                        if module_ok(sub) and sub not in seen:
                            todo.append(sub)
            if top != "encodings":
                try:
                    info["members"] = probe_module(mod)
                    probe_candidates(mod, candidates.get(name, {}), info["members"])
                except BaseException as e:  # keep going; the module is still found
                    info["error"] = repr(e)
        result["modules"][name] = info
    result["builtin_types"] = probe_builtin_types()
    with open(out_path, "w") as f:
        json.dump(result, f, sort_keys=True)


if __name__ == "__main__":
    main()
