# expect-min: 3.5
# expect: PY202 glob.glob(recursive=)
import glob
import hashlib
import sys
from collections import defaultdict


def digest(path, block=1 << 16):
    h = hashlib.md5()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(block), b""):
            h.update(chunk)
    return h.hexdigest()


def main(root):
    seen = defaultdict(list)
    for path in glob.glob(root + "/**/*", recursive=True):
        try:
            seen[digest(path)].append(path)
        except (IsADirectoryError, PermissionError):
            continue
    for paths in seen.values():
        if len(paths) > 1:
            print("\n  ".join(["duplicates:"] + paths))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
