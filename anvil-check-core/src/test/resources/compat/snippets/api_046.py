import sys, math
if sys.version_info[:2] > (3, 7):
    math.prod([1])
