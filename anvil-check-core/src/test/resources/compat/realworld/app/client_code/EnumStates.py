# expect-min: 3.4
# expect: PY201 enum
# expect: PY402 enum
from enum import Enum


class State(Enum):
    DRAFT = "draft"
    SENT = "sent"
    PAID = "paid"


def next_state(state):
    order = [State.DRAFT, State.SENT, State.PAID]
    i = order.index(state)
    return order[min(i + 1, len(order) - 1)]
