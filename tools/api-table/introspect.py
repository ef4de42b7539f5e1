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
NO_IMPORT = set(["antigravity", "this", "idlelib", "turtledemo"])

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
                out[n] = v
    return out


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
        if isinstance(obj, types.ModuleType):
            continue
        om = owner_module(obj) if (inspect.isclass(obj) or inspect.isroutine(obj)) else None
        if allset is not None and n not in allset and not related(name, om):
            continue
        entry = {}
        if callable(obj):
            sig = params_of(obj)
            if sig is not None:
                entry["sig"] = sig
        if inspect.isclass(obj):
            entry["class"] = True
            if is_enum(obj):
                entry["enum"] = True
                entry.pop("sig", None)
        if inspect.isclass(obj) and defines(name, om):
            attrs = {}
            for an, av in class_members(obj).items():
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


def probe_candidates(mod, names, members):
    """Names other versions list that dir() does not show here: a module __getattr__ (PEP 562)
    may still serve them, as collections.Mapping in 3.7-3.9."""
    for n in names:
        if n in members:
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                obj = getattr(mod, n)
        except BaseException:
            continue
        if isinstance(obj, types.ModuleType):
            continue
        members[n] = {"lazy": True}


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
                    probe_candidates(mod, candidates.get(name, []), info["members"])
                except BaseException as e:  # keep going; the module is still found
                    info["error"] = repr(e)
        result["modules"][name] = info
    result["builtin_types"] = probe_builtin_types()
    with open(out_path, "w") as f:
        json.dump(result, f, sort_keys=True)


if __name__ == "__main__":
    main()
