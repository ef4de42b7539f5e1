# expect-min: 3.5
# expect: PY201 importlib.util.module_from_spec
import importlib.util
import os
import sys


def load_plugin(path):
    name = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print(p, "->", getattr(load_plugin(p), "VERSION", "?"))
