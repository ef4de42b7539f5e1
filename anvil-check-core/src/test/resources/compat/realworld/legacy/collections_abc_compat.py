# expect-min: 3.0
# expect: none
try:
    from collections.abc import Iterable, Mapping
except ImportError:
    from collections import Iterable, Mapping


def flatten(items):
    for item in items:
        if isinstance(item, Iterable) and not isinstance(item, (str, bytes)):
            for sub in flatten(item):
                yield sub
        else:
            yield item


def is_mapping(obj):
    return isinstance(obj, Mapping)
