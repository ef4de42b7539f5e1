import sys, math
if (3, 8) <= sys.version_info:
    math.prod([1])
