# expect-min: 3.6
# expect: PY101 variable-annotations
import anvil.server

try:
    from typing import Literal
except ImportError:
    from typing_extensions import Literal

Mode = Literal["draft", "live"]
current_mode: Mode = "draft"


@anvil.server.callable
def set_mode(mode):
    global current_mode
    if mode not in ("draft", "live"):
        raise ValueError(mode)
    current_mode = mode
