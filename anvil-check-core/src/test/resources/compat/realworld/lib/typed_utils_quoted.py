# expect-min: 3.5
# expect: PY201 typing
from typing import Dict, List, Optional


def index(rows: "list[dict[str, int]]", key: str) -> "dict[int, dict[str, int]]":
    return {r[key]: r for r in rows}


def pick(d: Dict[str, int], keys: List[str]) -> Dict[str, Optional[int]]:
    return {k: d.get(k) for k in keys}
