# expect-min: 3.6
# expect: PY101 variable-annotations
from ._anvil_designer import PreferencesTemplate
from anvil import *
import anvil.server
from typing import Dict


class Preferences(PreferencesTemplate):
    defaults: Dict[str, bool] = {"emails": True, "sms": False}

    def __init__(self, **properties):
        self.init_components(**properties)
        self.item = dict(self.defaults)
        self.item.update(anvil.server.call("get_preferences") or {})

    def button_save_click(self, **event_args):
        anvil.server.call("save_preferences", self.item)
