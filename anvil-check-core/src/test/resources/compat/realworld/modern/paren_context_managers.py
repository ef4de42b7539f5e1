# expect-min: 3.9
# expect: PY101 parenthesized-context-managers
# (documented for 3.10, but CPython 3.9's PEG parser already accepts it: the interpreters decide)
import shutil


def copy_file(src, dst):
    with (
        open(src, "rb") as fin,
        open(dst, "wb") as fout,
    ):
        shutil.copyfileobj(fin, fout)
    return dst


def count_lines(path):
    with (open(path)) as fh:
        return sum(1 for _ in fh)
