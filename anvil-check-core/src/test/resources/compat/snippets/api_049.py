import sys, math
if not sys.version_info < (3, 8):
    math.prod([1])
