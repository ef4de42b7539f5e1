import math
def f():
    math = 1
    return math.prod
