# expect-min: 3.0
# expect: none
import math


def _prod(values):
    out = 1
    for v in values:
        out *= v
    return out


prod = getattr(math, "prod", _prod)


def volume(dims):
    return prod(dims)
