# expect-min: 3.13
# expect: PY101 type-parameter-defaults
class Box[T = int]:
    def __init__(self, value: T) -> None:
        self.value = value

    def get(self) -> T:
        return self.value


def unbox[T = str](b: Box[T]) -> T:
    return b.get()
