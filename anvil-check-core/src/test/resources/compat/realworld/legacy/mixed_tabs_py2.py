# expect-min: 2.7
# expect-max: 2.7
# expect: PY002 print-statement
import os
import sys


def walk(root):
    count = 0
    for dirpath, dirs, files in os.walk(root):
        count += len(files)
    return count


if __name__ == "__main__":
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    print "files under %s: %d" % (root, walk(root))
