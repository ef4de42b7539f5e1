# expect-min: 3.5
# expect: PY101 unpacking-generalizations
from ._anvil_designer import TaskListTemplate
from anvil import *
import anvil.server

DEFAULT_FILTER = {"done": False, "mine": True}


class TaskList(TaskListTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)
        self.filters = dict(DEFAULT_FILTER)
        self.load()

    def load(self, **overrides):
        query = {**self.filters, **overrides}
        self.repeating_panel_tasks.items = anvil.server.call("list_tasks", **query)

    def check_box_done_change(self, **event_args):
        self.filters["done"] = self.check_box_done.checked
        self.load()
