# expect-min: 3.0
# expect: none
try:
    from typing import Self
except ImportError:
    from typing_extensions import Self


class Query(object):
    def __init__(self):
        self.filters = []

    def where(self, **kw) -> "Self":
        self.filters.append(kw)
        return self

    def __repr__(self):
        return "Query(%r)" % (self.filters,)
