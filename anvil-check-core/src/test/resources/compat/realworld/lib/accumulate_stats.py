# expect-min: 3.8
# expect: PY202 itertools.accumulate(initial=)
import itertools
import operator


def running_total(values, start=0):
    return list(itertools.accumulate(values, operator.add, initial=start))


def running_max(values):
    return list(itertools.accumulate(values, max))
