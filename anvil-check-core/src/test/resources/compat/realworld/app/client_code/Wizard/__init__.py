# expect-min: 3.6
# expect: PY101 f-strings
from ._anvil_designer import WizardTemplate
from anvil import *
import anvil.server

STEPS = ["details", "address", "payment", "confirm"]


class Wizard(WizardTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)
        self.step = 0
        self.data = {}
        self.show()

    def show(self):
        name = STEPS[self.step]
        self.label_step.text = f"Step {self.step + 1} of {len(STEPS)}: {name.title()}"
        self.button_back.enabled = self.step > 0
        self.button_next.text = "Finish" if self.step == len(STEPS) - 1 else "Next"

    def button_next_click(self, **event_args):
        if self.step == len(STEPS) - 1:
            anvil.server.call("submit_wizard", self.data)
            open_form("Dashboard")
        else:
            self.step += 1
            self.show()

    def button_back_click(self, **event_args):
        self.step -= 1
        self.show()
