# expect-min: 3.13
# expect: PY201 copy.replace
import copy
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    theme: str = "light"
    page_size: int = 20


def with_theme(s, theme):
    return copy.replace(s, theme=theme)
