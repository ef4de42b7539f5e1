# expect-min: 3.0
# expect-max: 3.6
# (a lone generator argument with a trailing comma: CPython 3.6 accepts it, 3.7 and later reject it)
def total(rows):
    return sum(r["qty"] for r in rows,)


def names(rows):
    return sorted(r["name"] for r in rows)


T = total([{"qty": 1}])
