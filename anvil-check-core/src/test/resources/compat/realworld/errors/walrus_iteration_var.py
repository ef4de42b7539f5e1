# expect-min: 3.8
# expect: PY001 syntax-error
def running(values):
    total = 0
    return [total := total + v for v in values]


def broken(values):
    return [v := v * 2 for v in values]


SUMS = running([1, 2, 3])
