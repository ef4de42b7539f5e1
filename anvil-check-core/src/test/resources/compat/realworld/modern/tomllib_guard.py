# expect-min: 3.0
# expect: none
import sys

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib


def load(path):
    with open(path, "rb") as fh:
        return tomllib.load(fh)
