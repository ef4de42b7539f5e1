import math
if hasattr(math, 'prod'):
    pass
math.prod([1])
