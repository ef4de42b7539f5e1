# expect-min: 3.0
# expect: none
import itertools

try:
    from itertools import pairwise
except ImportError:
    def pairwise(iterable):
        a, b = itertools.tee(iterable)
        next(b, None)
        return zip(a, b)


def deltas(values):
    return [b - a for a, b in pairwise(values)]
