# expect-min: 3.2
# expect: PY201 functools.lru_cache
import functools

if hasattr(functools, "cache"):
    memo = functools.cache
else:
    memo = functools.lru_cache(maxsize=None)


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
