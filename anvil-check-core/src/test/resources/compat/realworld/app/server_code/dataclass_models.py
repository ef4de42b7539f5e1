# expect-min: 3.7
# expect: PY201 dataclasses
from dataclasses import dataclass, field, asdict
from typing import List, Optional


@dataclass
class Address:
    line1: str
    city: str
    postcode: str
    country: str = "GB"


@dataclass
class Customer:
    name: str
    email: str
    addresses: List[Address] = field(default_factory=list)
    vip: bool = False
    notes: Optional[str] = None

    def to_row(self):
        data = asdict(self)
        data["addresses"] = [a["postcode"] for a in data["addresses"]]
        return data
