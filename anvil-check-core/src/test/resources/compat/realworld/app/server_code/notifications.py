# expect-min: 3.7
# expect: PY101 future-annotations
from __future__ import annotations

import anvil.server
from dataclasses import dataclass


@dataclass
class Notice:
    user: str
    text: str
    level: str = "info"

    def merge(self, other: Notice) -> Notice:
        return Notice(self.user, self.text + "\n" + other.text, max(self.level, other.level))


def group(notices: list[Notice]) -> dict[str, Notice]:
    out: dict[str, Notice] = {}
    for n in notices:
        out[n.user] = out[n.user].merge(n) if n.user in out else n
    return out
