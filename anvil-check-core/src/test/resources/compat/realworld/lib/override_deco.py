# expect-min: 3.12
# expect: PY201 typing.override
from typing import override


class Base(object):
    def render(self) -> str:
        return "base"


class Child(Base):
    @override
    def render(self) -> str:
        return "child"


def show(obj: Base) -> None:
    print(obj.render())
