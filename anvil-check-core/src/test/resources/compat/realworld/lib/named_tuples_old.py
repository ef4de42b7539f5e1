# expect-min: 3.0
# expect: none
from collections import namedtuple

Point = namedtuple("Point", "x y")
Rect = namedtuple("Rect", ["left", "top", "width", "height"])


def contains(rect, point):
    return (rect.left <= point.x < rect.left + rect.width
            and rect.top <= point.y < rect.top + rect.height)


def union(a, b):
    left, top = min(a.left, b.left), min(a.top, b.top)
    right = max(a.left + a.width, b.left + b.width)
    bottom = max(a.top + a.height, b.top + b.height)
    return Rect(left, top, right - left, bottom - top)
