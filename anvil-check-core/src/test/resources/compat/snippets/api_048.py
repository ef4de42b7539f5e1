import sys, math
if sys.version_info < (3, 8):
    pass
else:
    math.prod([1])
