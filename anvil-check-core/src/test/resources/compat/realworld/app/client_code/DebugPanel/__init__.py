# expect-min: 3.8
# expect: PY101 fstring-self-documenting
from ._anvil_designer import DebugPanelTemplate
from anvil import *


class DebugPanel(DebugPanelTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)

    def show(self, **values):
        lines = []
        for key, value in sorted(values.items()):
            lines.append(f"{key=} {value=}")
        self.label.text = "\n".join(lines)
