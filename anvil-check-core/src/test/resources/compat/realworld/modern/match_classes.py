# expect-min: 3.10
# expect: PY101 match-statement
from dataclasses import dataclass


@dataclass
class Circle:
    r: float


@dataclass
class Rect:
    w: float
    h: float


def area(shape):
    match shape:
        case Circle(r=r):
            return 3.14159 * r * r
        case Rect(w=w, h=h) if w == h:
            return w * w
        case Rect(w, h):
            return w * h
        case [*shapes]:
            return sum(area(s) for s in shapes)
        case {"kind": "point"}:
            return 0.0
        case None | str():
            return 0.0
    raise TypeError(shape)
