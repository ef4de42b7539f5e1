# expect-min: 3.0
# expect: none
import math
import functools


def area(dims):
    return math.prod(dims)  # anvil-check: ignore[PY201]


@functools.cache  # novm
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


# anvil-check: ignore
NAME = "report.csv".removesuffix(".csv")
