# expect-min: 3.2
# expect: PY202 os.makedirs(exist_ok=)
import os


def ensure_dir(path):
    os.makedirs(path, exist_ok=True)
    return path


def ensure_parent(path):
    parent = os.path.dirname(path)
    if parent:
        ensure_dir(parent)
    return path
