from sys import version_info
import math
if version_info >= (3, 8):
    math.prod([1])
