# expect-min: 3.7
# expect: PY201 dataclasses
# expect: PY402 dataclasses
from dataclasses import dataclass


@dataclass
class CartLine:
    sku: str
    qty: int
    price: float

    @property
    def total(self):
        return self.qty * self.price


def cart_total(lines):
    return sum(l.total for l in lines)
