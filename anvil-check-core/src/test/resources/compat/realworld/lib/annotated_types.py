# expect-min: 3.9
# expect: PY201 typing.Annotated
from typing import Annotated, get_type_hints

Positive = Annotated[int, "positive"]


class Order(object):
    quantity: Positive
    sku: Annotated[str, "max_len=20"]


def constraints(cls):
    hints = get_type_hints(cls, include_extras=True)
    return {name: h.__metadata__ for name, h in hints.items() if hasattr(h, "__metadata__")}
