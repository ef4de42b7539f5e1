# expect-min: 3.0
# expect: none
import sys


def parse_toml(path):
    if sys.version_info < (3, 11):
        raise RuntimeError("needs Python 3.11")
    import tomllib
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def describe():
    return "toml support: %s" % (sys.version_info >= (3, 11))
