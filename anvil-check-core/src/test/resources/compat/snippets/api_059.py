import math
if hasattr(math, 'prod'):
    math.prod([1])
