# expect-min: 3.0
# expect: PY001 syntax-error
# (a future import after other code is a SyntaxError, so the annotations future does not count)
"""Order helpers."""
import logging
from __future__ import annotations

log = logging.getLogger(__name__)


def total(lines: list[dict]) -> float:
    return sum(l["qty"] * l["price"] for l in lines)
