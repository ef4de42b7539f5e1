# expect-min: 3.2
# expect: PY201 functools.cmp_to_key
import functools
import operator


def by_keys(rows, *keys):
    return sorted(rows, key=operator.itemgetter(*keys))


def compare_versions(a, b):
    pa = [int(x) for x in a.split(".")]
    pb = [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)


def sort_versions(versions):
    return sorted(versions, key=functools.cmp_to_key(compare_versions))
