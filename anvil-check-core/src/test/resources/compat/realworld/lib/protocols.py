# expect-min: 3.8
# expect: PY201 typing.Protocol
from typing import Protocol, Iterable


class SupportsClose(Protocol):
    def close(self) -> None:
        ...


def close_all(things: Iterable[SupportsClose]) -> int:
    n = 0
    for t in things:
        t.close()
        n += 1
    return n
