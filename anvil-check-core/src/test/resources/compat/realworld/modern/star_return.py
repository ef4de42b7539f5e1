# expect-min: 3.8
# expect: PY101 unparenthesized-star-return
def head_tail(items):
    head, *tail = items
    return head, *tail


def with_total(values):
    yield sum(values), *values


def swap_ends(items):
    first, *mid, last = items
    return last, *mid, first
