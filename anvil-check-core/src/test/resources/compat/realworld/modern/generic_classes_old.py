# expect-min: 3.5
# expect: PY201 typing
from typing import Generic, List, Optional, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items = []  # type: List[T]

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()


def first(items: List[T]) -> Optional[T]:
    return items[0] if items else None
