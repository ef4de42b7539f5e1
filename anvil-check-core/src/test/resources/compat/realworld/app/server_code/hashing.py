# expect-min: 3.11
# expect: PY201 hashlib.file_digest
import hashlib
from pathlib import Path


def file_sha256(path):
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def tree_digest(root):
    h = hashlib.sha256()
    for p in sorted(Path(root).rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(root)).encode())
            h.update(bytes.fromhex(file_sha256(p)))
    return h.hexdigest()
