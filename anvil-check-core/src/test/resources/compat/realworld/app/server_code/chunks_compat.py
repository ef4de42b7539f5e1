# expect-min: 3.0
# expect: none
import itertools


def batched(iterable, n):
    it = iter(iterable)
    while True:
        chunk = tuple(itertools.islice(it, n))
        if not chunk:
            return
        yield chunk


def total_batches(items, n):
    return sum(1 for _ in batched(items, n))
