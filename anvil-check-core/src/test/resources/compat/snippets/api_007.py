from math import *
def prod(x): pass
prod([1])
