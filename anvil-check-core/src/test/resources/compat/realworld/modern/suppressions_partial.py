# expect-min: 3.9
# expect: PY201 str.removeprefix
import math


def area(dims):
    return math.prod(dims)  # novermin


def strip(name):
    return "v1.2".removeprefix("v") + name


def wrong_rule():
    return math.isqrt(10)  # anvil-check: ignore[PY101]
