# expect-min: 3.9
# expect: PY203 list[...]
from typing import Optional


def chunk(items: list[int], size: int) -> list[list[int]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def first_or(items: list[str], default: Optional[str] = None) -> Optional[str]:
    return items[0] if items else default
