from ._anvil_designer import OrderRowTemplate
from anvil import *
import anvil.server


class OrderRow(OrderRowTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)

    def pay_click(self, **event_args):
        if anvil.server.call('charge_order', self.item["number"]):
            self.pay.enabled = False
