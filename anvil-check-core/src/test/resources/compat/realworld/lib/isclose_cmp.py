# expect-min: 3.5
# expect: PY201 math.isclose
import math


def almost_equal(a, b, tol=1e-9):
    return math.isclose(a, b, rel_tol=tol)


def all_close(xs, ys):
    return len(xs) == len(ys) and all(almost_equal(x, y) for x, y in zip(xs, ys))


def clamp(x, lo=-math.inf, hi=math.inf):
    return max(lo, min(hi, x))
