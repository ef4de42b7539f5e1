import sys, math
if sys.version_info.minor >= 8:
    math.prod([1])
