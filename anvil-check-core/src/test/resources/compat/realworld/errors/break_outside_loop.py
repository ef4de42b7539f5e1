# expect-min: 3.0
# expect: PY001 syntax-error
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    if not items:
        break
    return -1


POSITION = find([1, 2, 3], 2)
