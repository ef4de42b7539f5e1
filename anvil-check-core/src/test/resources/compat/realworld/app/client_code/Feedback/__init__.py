# expect-min: 3.4
# expect: PY402 textwrap
# expect: PY201 textwrap.shorten
from ._anvil_designer import FeedbackTemplate
from anvil import *
import anvil.server


class Feedback(FeedbackTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)

    def preview(self):
        import textwrap
        return textwrap.shorten(self.text_area.text, width=80, placeholder="...")

    def button_send_click(self, **event_args):
        anvil.server.call("send_feedback", self.text_area.text)
        self.label_preview.text = self.preview()
