# expect-min: 3.0
# expect: none
import math


class Pager(object):
    def __init__(self, items, per_page=20):
        self.items = list(items)
        self.per_page = per_page
        self.page = 0

    @property
    def pages(self):
        return max(1, int(math.ceil(len(self.items) / float(self.per_page))))

    def current(self):
        start = self.page * self.per_page
        return self.items[start:start + self.per_page]

    def next(self):
        self.page = min(self.page + 1, self.pages - 1)
        return self.current()

    def prev(self):
        self.page = max(0, self.page - 1)
        return self.current()
