# expect-min: 3.0
# expect-max: 3.9
# expect: PY302 collections.Iterable
import collections


def flatten(items):
    for item in items:
        if isinstance(item, collections.Iterable) and not isinstance(item, (str, bytes)):
            for sub in flatten(item):
                yield sub
        else:
            yield item


def is_mapping(obj):
    return isinstance(obj, collections.MutableMapping)
