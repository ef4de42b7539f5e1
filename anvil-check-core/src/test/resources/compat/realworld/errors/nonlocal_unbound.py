# expect-min: 3.0
# expect: PY001 syntax-error
def counter():
    def inc():
        nonlocal count
        count += 1
        return count
    return inc


def make():
    return counter()
