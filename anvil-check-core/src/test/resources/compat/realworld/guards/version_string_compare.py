# expect-min: 3.0
# expect: none
import math
import platform

MAJOR, MINOR, _ = platform.python_version_tuple()


def product(values):
    if (int(MAJOR), int(MINOR)) >= (3, 8):
        return math.prod(values)
    out = 1
    for v in values:
        out *= v
    return out
