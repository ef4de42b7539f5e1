import sys, math
if sys.version_info >= (3, 8):
    math.prod([1])
