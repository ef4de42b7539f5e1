# expect-min: 3.0
# expect: PY402 logging
from ._anvil_designer import SettingsTemplate
from anvil import *
import anvil.server


class Settings(SettingsTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)
        self.item = anvil.server.call("get_settings")

    def button_save_click(self, **event_args):
        import logging
        logging.getLogger("settings").info("saving")
        anvil.server.call("save_settings", self.item)
        Notification("Saved").show()
