# expect-min: 3.6
# expect: PY101 variable-annotations
from typing import NamedTuple


class Point(NamedTuple):
    x: float
    y: float

    def scaled(self, k):
        return Point(self.x * k, self.y * k)


class Box(NamedTuple):
    top_left: Point
    bottom_right: Point

    @property
    def area(self):
        return abs(self.bottom_right.x - self.top_left.x) * abs(self.bottom_right.y - self.top_left.y)
