# expect-min: 3.14
# expect: PY101 unparenthesized-except
def parse_int(text):
    try:
        return int(text)
    except ValueError, TypeError:
        return None


def parse_all(items):
    return [parse_int(i) for i in items]


VALUES = parse_all(["1", "x", None])
