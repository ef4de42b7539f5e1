# -*- coding: utf-8 -*-
"""Answer, for one interpreter, whether each (module, member) pair exists.

Input: a file with one pair per line, "module<TAB>member", where member may be dotted
(Class.attribute). Output on stdout: one line per pair, "1" (present), "0" (absent or a
module object rather than a member) or "?"
(the module exists but cannot be imported here, so presence is unknown). Runs on 2.7 and 3.x.
"""
from __future__ import print_function

import os
import sys
import warnings


def module_exists(name):
    try:
        if sys.version_info[0] == 2:
            import imp
            path = None
            for part in name.split("."):
                f, pathname, desc = imp.find_module(part, path)
                if f:
                    f.close()
                path = [pathname] if desc[2] == imp.PKG_DIRECTORY else None
            return True
        import importlib.util
        return importlib.util.find_spec(name) is not None
    except BaseException:
        return False


def load(name):
    if sys.version_info[0] == 2 and name == "builtins":
        name = "__builtin__"
    if name in sys.builtin_module_names:
        __import__(name)
        return sys.modules[name], True
    if not module_exists(name):
        return None, False
    out, err = sys.stdout, sys.stderr
    null = open(os.devnull, "w")
    try:
        sys.stdout = sys.stderr = null
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            __import__(name)
        return sys.modules[name], True
    except BaseException:
        return None, True
    finally:
        sys.stdout, sys.stderr = out, err
        null.close()


def has(mod, dotted):
    """Whether mod.dotted exists; a module-level name must not be a module itself (the table
    lists submodules and imported modules as modules, never as members). Class attributes may
    be modules (pathlib.PurePath.parser)."""
    obj = mod
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for part in dotted.split("."):
            try:
                obj = getattr(obj, part)
            except BaseException:
                return False
    return "." in dotted or not isinstance(obj, type(sys))


def main():
    with open(sys.argv[1]) as f:
        pairs = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    answers = []
    cache = {}
    for module, member in pairs:
        if module not in cache:
            cache[module] = load(module)
        mod, exists = cache[module]
        if mod is None:
            answers.append("?" if exists else "0")
        else:
            answers.append("1" if has(mod, member) else "0")
    sys.stdout.write("\n".join(answers) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
