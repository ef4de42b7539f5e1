# expect-min: 3.13
# expect: PY202 itertools.batched(strict=)
import itertools


def pairs(values):
    return list(itertools.batched(values, 2, strict=True))


def rows(values, width):
    return [list(b) for b in itertools.batched(values, width)]
