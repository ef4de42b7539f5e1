# expect-min: 3.5
# expect: PY201 typing
from typing import List, Optional


def first(items: List[str]) -> Optional[str]:
    return items[0] if items else None


def initials(name: str) -> str:
    return "".join(part[0].upper() for part in name.split() if part)
