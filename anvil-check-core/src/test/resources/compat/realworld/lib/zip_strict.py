# expect-min: 3.10
# expect: PY202 zip(strict=)
def pair_up(names, values):
    return dict(zip(names, values, strict=True))


def columns(rows):
    return list(zip(*rows))


def safe_pair(names, values):
    if len(names) != len(values):
        raise ValueError("length mismatch")
    return dict(zip(names, values))
