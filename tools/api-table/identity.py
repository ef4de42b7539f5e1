"""Runs inside one interpreter (3.6, called by build.py): which table keys name the same object.

    python identity.py IN.json OUT.json

IN.json is {"keys": [[kind, owner, name], ...]} with kind "member" (owner = module, name =
member or Class.attribute) or "kwarg" (owner = qualified callable, name = keyword). For each key
the object it stands for is resolved: a module member is the member itself; a class attribute is
the pair (class of the MRO that defines it, attribute), so that an inherited method is the base
class's method; a keyword stands for its callable resolved the same way. Only classes and
callables are compared (equal small constants would be the same object by accident).
OUT.json maps each resolvable key, written "kind<TAB>owner<TAB>name", to an identity string that is
equal for keys naming the same object in this process.
"""
import importlib
import json
import sys
import types
import warnings

SKIP = {"antigravity", "this", "tkinter.tix"}
CALLABLE_TYPES = (type, types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                  types.BuiltinMethodType, staticmethod, classmethod, property)


def module_and_rest(dotted):
    parts = dotted.split(".")
    for i in range(len(parts) - 1, 0, -1):
        name = ".".join(parts[:i])
        if name in SKIP:
            return None, None
        try:
            return importlib.import_module(name), parts[i:]
        except Exception:
            continue
    return None, None


def resolve(module, path):
    """The identity of module.path: (definer class, attribute) for a class attribute, else the
    object; None when it cannot be resolved or is not a class or callable."""
    obj = module
    for i, part in enumerate(path):
        if isinstance(obj, type) and i == len(path) - 1:
            for klass in obj.__mro__:
                if part in vars(klass):
                    value = vars(klass)[part]
                    if isinstance(value, CALLABLE_TYPES) or callable(value):
                        return "%d.%s" % (id(klass), part)
                    return None
            return None
        try:
            obj = getattr(obj, part)
        except Exception:
            return None
    if isinstance(obj, CALLABLE_TYPES) or callable(obj):
        return str(id(obj))
    return None


def main():
    warnings.simplefilter("ignore")
    with open(sys.argv[1]) as f:
        keys = json.load(f)["keys"]
    out = {}
    for kind, owner, name in keys:
        if kind == "member":
            if owner in SKIP:
                continue
            try:
                module = importlib.import_module(owner)
            except Exception:
                continue
            ident = resolve(module, name.split("."))
        else:
            module, rest = module_and_rest(owner)
            if module is None:
                continue
            ident = resolve(module, rest)
        if ident is not None:
            out["\t".join((kind, owner, name))] = (kind + ":" + name if kind == "kwarg" else
                                                   kind) + ":" + ident
    with open(sys.argv[2], "w") as f:
        json.dump(out, f, sort_keys=True)


if __name__ == "__main__":
    main()
