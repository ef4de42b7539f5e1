# expect-min: 3.8
# expect: PY201 typing.TypedDict
# expect: PY201 typing.Literal
from typing import TypedDict, Literal, List
import anvil.server

Status = Literal["new", "paid", "shipped"]


class OrderSummary(TypedDict):
    id: str
    status: Status
    total: float


@anvil.server.callable
def summaries(rows) -> List[OrderSummary]:
    out: List[OrderSummary] = []
    for r in rows:
        out.append({"id": r.get_id(), "status": r["status"], "total": r["total"]})
    return out
