# expect-min: 3.0
# expect: none
import itertools
import sys

if sys.version_info[0:2] >= (3, 10):
    pairwise = itertools.pairwise
else:
    def pairwise(it):
        a, b = itertools.tee(it)
        next(b, None)
        return zip(a, b)


def gaps(xs):
    return [b - a for a, b in pairwise(xs)]
