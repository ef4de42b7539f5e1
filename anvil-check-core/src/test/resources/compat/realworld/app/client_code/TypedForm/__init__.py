# expect-min: 3.8
# expect: PY201 typing.Literal
from ._anvil_designer import TypedFormTemplate
from anvil import *
from typing import Literal

Mode = Literal["view", "edit"]


class TypedForm(TypedFormTemplate):
    def __init__(self, mode="view", **properties):
        self.init_components(**properties)
        self.set_mode(mode)

    def set_mode(self, mode):
        self.text_box.enabled = mode == "edit"
        self.button_save.visible = mode == "edit"
