# expect-min: 3.6
# expect: PY101 f-strings
from ._anvil_designer import ContactFormTemplate
from anvil import *
import anvil.server
from ..validators import validate_email, first_error


class ContactForm(ContactFormTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)

    def button_send_click(self, **event_args):
        error = first_error(
            validate_email(self.text_box_email.text),
            None if self.text_area_message.text else "Please write a message",
        )
        if error:
            self.label_error.text = error
            self.label_error.visible = True
            return
        anvil.server.call("send_contact", self.text_box_email.text, self.text_area_message.text)
        Notification(f"Thanks, we'll reply to {self.text_box_email.text}").show()
