# expect-min: 3.4
# expect: PY201 pathlib
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib


def read_config(path):
    with Path(path).open("rb") as fh:
        return tomllib.load(fh)
