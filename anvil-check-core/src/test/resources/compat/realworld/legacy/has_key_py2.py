# expect-min: 3.0
# expect: none
def merge_counts(a, b):
    out = dict(a)
    for k, v in b.items():
        if k in out:
            out[k] += v
        else:
            out[k] = v
    return out


def has_all(d, keys):
    return all(k in d for k in keys)


COUNTS = merge_counts({"x": 1}, {"x": 2, "y": 3})
