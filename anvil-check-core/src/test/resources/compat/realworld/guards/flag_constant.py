# expect-min: 3.0
# expect: none
import math
import sys

PY38 = sys.version_info >= (3, 8)


def product(values):
    if PY38:
        return math.prod(values)
    result = 1
    for v in values:
        result *= v
    return result
