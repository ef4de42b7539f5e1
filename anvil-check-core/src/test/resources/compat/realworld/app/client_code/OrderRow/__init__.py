# expect-min: 3.6
# expect: PY101 f-strings
from ._anvil_designer import OrderRowTemplate
from anvil import *


class OrderRow(OrderRowTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)
        self.label_total.text = f"{self.item['total']:.2f}"
        self.label_date.text = self.item["date"].strftime("%d/%m/%Y")

    def link_open_click(self, **event_args):
        from ..OrderForm import OrderForm
        alert(OrderForm(order_id=self.item["id"]), large=True, buttons=[])
