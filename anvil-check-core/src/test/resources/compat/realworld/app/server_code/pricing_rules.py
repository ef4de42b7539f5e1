# expect-min: 3.10
# expect: PY101 match-statement
from dataclasses import dataclass


@dataclass
class Item:
    kind: str
    qty: int
    price: float


def discount(item):
    match item:
        case Item(kind="book", qty=q) if q >= 3:
            return 0.10
        case Item(kind="food"):
            return 0.0
        case Item(qty=q) if q >= 10:
            return 0.05
        case _:
            return 0.0
