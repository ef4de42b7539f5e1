# expect-min: 3.6
# expect: PY101 variable-annotations
from typing_extensions import TypedDict, Literal, Protocol, Self, override


class Options(TypedDict, total=False):
    mode: Literal["fast", "safe"]
    retries: int


class Runner(Protocol):
    def run(self, opts: Options) -> Self:
        ...
