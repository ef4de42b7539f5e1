# expect-min: 3.0
# expect: PY001 syntax-error
def legacy(items):
    total = 0
    for item in items:
        if item:
	    total += item
        total += 0
    return total


T = legacy([1, 2])
