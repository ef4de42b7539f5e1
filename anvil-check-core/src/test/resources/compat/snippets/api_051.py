import sys, math
if sys.version_info >= (3, 8) and x:
    math.prod([1])
