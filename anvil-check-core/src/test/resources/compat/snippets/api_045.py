import sys, math
if sys.version_info > (3, 7):
    math.prod([1])
