# expect-min: 3.9
# expect: PY201 math.lcm
import math
from functools import reduce


def common_cycle(periods):
    return reduce(math.lcm, periods, 1)


def simplify(num, den):
    g = math.gcd(num, den)
    return num // g, den // g
