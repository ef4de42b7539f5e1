import math

def total(items):
    if (n := len(items)) > 10:
	return n
    return math.prod([1, 2])
