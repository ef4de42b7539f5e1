# expect-min: 3.10
# expect: PY203 X | Y
from typing import Any


def coerce(value: int | str | None) -> int:
    if value is None:
        return 0
    return int(value)


def describe(obj: Any) -> str:
    return type(obj).__name__


def is_number(x):
    return isinstance(x, int | float)
