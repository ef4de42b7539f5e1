# expect-min: 3.0
# expect: none
def almost_equal(a, b, rel_tol=1e-9, abs_tol=0.0):
    return abs(a - b) <= max(rel_tol * max(abs(a), abs(b)), abs_tol)


INF = float("inf")


def clamp(x, lo=-INF, hi=INF):
    return max(lo, min(hi, x))


def mean(xs):
    return sum(xs) / float(len(xs)) if xs else 0.0
