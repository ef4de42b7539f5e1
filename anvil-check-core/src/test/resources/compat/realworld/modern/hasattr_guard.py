# expect-min: 3.0
# expect: none
import itertools
import math


def isqrt(n):
    if hasattr(math, "isqrt"):
        return math.isqrt(n)
    return int(n ** 0.5)


def pairs(items):
    if hasattr(itertools, "pairwise"):
        return list(itertools.pairwise(items))
    return list(zip(items, items[1:]))
