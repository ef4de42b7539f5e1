# expect-min: 3.11
# expect: PY201 typing.Self
from typing import Self


class Builder(object):
    def __init__(self):
        self.parts = []

    def add(self, part: str) -> Self:
        self.parts.append(part)
        return self

    def build(self) -> str:
        return " ".join(self.parts)
