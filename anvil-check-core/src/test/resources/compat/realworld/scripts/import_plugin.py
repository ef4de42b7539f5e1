# expect-min: 3.0
# expect-max: 3.11
# expect: PY302 imp
import imp
import os
import sys


def load_plugin(path):
    name = os.path.splitext(os.path.basename(path))[0]
    return imp.load_source(name, path)


if __name__ == "__main__":
    for p in sys.argv[1:]:
        mod = load_plugin(p)
        print(p, "->", getattr(mod, "VERSION", "?"))
