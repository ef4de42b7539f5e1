# expect-min: 3.0
# expect: none
from __future__ import print_function, unicode_literals

import sys


def report(rows, out=sys.stdout):
    for name, count in rows:
        print("%-15s %5d" % (name, count), file=out)
    print("-" * 21, file=out)
    print("%-15s %5d" % ("total", sum(c for _, c in rows)), file=out)


if __name__ == "__main__":
    report([("apples", 3), ("pears", 5)])
