# expect-min: 3.7
# expect: PY101 future-annotations
from __future__ import annotations


def chunk(items: list[int], size: int) -> list[list[int]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def merge(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    return out


def maybe(x: int | None) -> int:
    return 0 if x is None else x
