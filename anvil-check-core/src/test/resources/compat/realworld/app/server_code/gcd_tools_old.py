# expect-min: 3.0
# expect-max: 3.8
# expect: PY302 fractions.gcd
from fractions import gcd


def simplify(num, den):
    g = gcd(num, den)
    return num // g, den // g


def ratio(a, b):
    n, d = simplify(a, b)
    return "%d:%d" % (n, d)
