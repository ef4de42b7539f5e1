# expect-min: 3.2
# expect: PY201 functools.lru_cache
# (the else branch runs on 3.0-3.8, and functools.lru_cache needs 3.2)
import functools
import sys

if sys.version_info.major == 3 and sys.version_info.minor >= 9:
    memo = functools.cache
else:
    memo = functools.lru_cache(maxsize=None)


@memo
def squares(n):
    return [i * i for i in range(n)]
