# expect-min: 3.10
# expect: PY202 dataclasses.dataclass(slots=)
from dataclasses import dataclass, field


@dataclass(slots=True, kw_only=True)
class Event:
    name: str
    tags: list = field(default_factory=list)
    priority: int = 0


def urgent(events):
    return [e for e in events if e.priority > 5]
