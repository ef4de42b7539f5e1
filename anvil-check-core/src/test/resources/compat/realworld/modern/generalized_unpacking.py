# expect-min: 3.5
# expect: PY101 unpacking-generalizations
BASE = {"debug": False, "level": 1}


def merged(*configs):
    out = {}
    for c in configs:
        out = {**out, **c}
    return out


def all_items(a, b):
    return [*a, *b, "end"]


def call_both(f, args1, args2):
    return f(*args1, *args2)
