# expect-min: 3.10
# expect: PY001 syntax-error
def first(pair):
    match pair:
        case (x, 0) | (0, y):
            return "axis"
        case (x, y):
            return x + y


F = first((1, 0))
