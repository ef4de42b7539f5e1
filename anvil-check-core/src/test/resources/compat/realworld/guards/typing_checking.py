# expect-min: 3.5
# expect: PY201 typing
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Self
    from collections.abc import Buffer


class Packet(object):
    def __init__(self, data: "Buffer") -> None:
        self.data = bytes(data)

    def copy(self) -> "Self":
        return Packet(self.data)
