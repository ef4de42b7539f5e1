# expect-min: 3.0
# expect: none
import itertools


def grouped(rows, key):
    rows = sorted(rows, key=lambda r: r[key])
    return [(k, list(g)) for k, g in itertools.groupby(rows, key=lambda r: r[key])]


def flatten(lists):
    return list(itertools.chain.from_iterable(lists))


def windows(items, n=2):
    return [items[i:i + n] for i in range(len(items) - n + 1)]
