# expect-min: 3.3
# expect: PY201 contextlib.ExitStack
from contextlib import ExitStack


def merge_files(paths, out_path):
    with ExitStack() as stack:
        files = [stack.enter_context(open(p)) for p in paths]
        with open(out_path, "w") as out:
            for f in files:
                for line in f:
                    out.write(line)
    return len(paths)
