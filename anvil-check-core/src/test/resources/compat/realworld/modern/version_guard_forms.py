# expect-min: 3.2
# expect: PY201 functools.lru_cache
import sys
import math

if sys.version_info < (3, 8):
    def prod(values):
        result = 1
        for v in values:
            result *= v
        return result
else:
    prod = math.prod

if sys.version_info[:2] >= (3, 9):
    from functools import cache
else:
    from functools import lru_cache as _lru
    cache = _lru(maxsize=None)


@cache
def total(n):
    return prod(range(1, n + 1))
