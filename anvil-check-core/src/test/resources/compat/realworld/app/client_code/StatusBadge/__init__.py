# expect-min: 3.10
# expect: PY101 match-statement
# expect: PY401 match-statement
from ._anvil_designer import StatusBadgeTemplate
from anvil import *


class StatusBadge(StatusBadgeTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)

    def set_status(self, status):
        match status:
            case "paid":
                self.label.foreground = "green"
            case "overdue":
                self.label.foreground = "red"
            case _:
                self.label.foreground = "grey"
        self.label.text = status.title()
