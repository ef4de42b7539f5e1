# expect-min: 3.12
# expect: PY101 type-parameters
class Stack[T]:
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def __len__(self) -> int:
        return len(self._items)


def first[T](items: list[T]) -> T | None:
    return items[0] if items else None
