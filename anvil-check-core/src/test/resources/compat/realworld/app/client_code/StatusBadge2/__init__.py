# expect-min: 3.0
# expect: none
from ._anvil_designer import StatusBadge2Template
from anvil import *

COLOURS = {"paid": "green", "overdue": "red"}


class StatusBadge2(StatusBadge2Template):
    def __init__(self, **properties):
        self.init_components(**properties)

    def set_status(self, status):
        self.label.foreground = COLOURS.get(status, "grey")
        self.label.text = status.title()
        self.label.tooltip = "Status: " + status
