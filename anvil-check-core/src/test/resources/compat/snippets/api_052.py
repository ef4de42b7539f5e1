import sys, math
PY38 = sys.version_info >= (3, 8)
if PY38:
    math.prod([1])
