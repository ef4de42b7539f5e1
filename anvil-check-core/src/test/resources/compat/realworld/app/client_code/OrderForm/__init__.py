# expect-min: 3.6
# expect: PY101 f-strings
from ._anvil_designer import OrderFormTemplate
from anvil import *
import anvil.server


class OrderForm(OrderFormTemplate):
    def __init__(self, order_id=None, **properties):
        self.init_components(**properties)
        self.order_id = order_id
        if order_id:
            self.load()

    def load(self):
        order = anvil.server.call("get_order", self.order_id)
        self.label_title.text = f"Order {order['number']}"
        self.repeating_panel_lines.items = order["lines"]

    def button_close_click(self, **event_args):
        if confirm("Close this order?"):
            anvil.server.call("close_order", self.order_id)
            self.raise_event("x-close-alert", value=True)
