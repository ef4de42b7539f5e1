# expect-min: 3.0
# expect: none
try:
    from math import prod, isqrt
except ImportError:
    prod = None
    isqrt = None


def volume(dims):
    if prod is None:
        raise RuntimeError("math.prod missing")
    return prod(dims)
