# expect-min: 3.6
# expect: PY101 f-strings
def compare(a, b):
    return f"{a!=b} {a==b} {a<=b}"


def spec(x):
    return f"{x:=^10}"


def conv(x):
    return f"{x!r:>12}"
