# expect-min: 3.5
# expect: PY201 typing
import sys
from typing import Iterable

if sys.version_info >= (3, 8):
    from typing import Protocol
else:
    from typing_extensions import Protocol


class Closeable(Protocol):
    def close(self) -> None:
        ...


def close_all(things: Iterable[Closeable]) -> None:
    for t in things:
        t.close()
