# expect-min: 3.0
# expect: none
import math

try:
    isqrt = math.isqrt
except AttributeError:
    def isqrt(n):
        x = int(n ** 0.5)
        while x * x > n:
            x -= 1
        return x


def is_square(n):
    return isqrt(n) ** 2 == n
