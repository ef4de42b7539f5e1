# expect-min: 3.0
# expect: PY403 anvil.server.callable
from ._anvil_designer import AdminTemplate
from anvil import *
import anvil.server


@anvil.server.callable
def ping():
    return "pong"


class Admin(AdminTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)

    def button_ping_click(self, **event_args):
        alert(anvil.server.call("ping"))
