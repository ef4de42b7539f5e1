from __future__ import annotations
def f(x: list[int]) -> int | None: pass
