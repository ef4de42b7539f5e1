# expect-min: 3.9
# expect: PY201 pathlib.PurePath.is_relative_to
from pathlib import Path, PurePath


def inside(root, candidate):
    return PurePath.is_relative_to(PurePath(candidate), root)


def list_py(folder):
    return sorted(p.name for p in Path(folder).glob("*.py"))
