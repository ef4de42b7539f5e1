from ._anvil_designer import OrderEditTemplate
from anvil import *
import anvil.server
from anvil.tables import app_tables


class OrderEdit(OrderEditTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)
        self.product_picker.items = [(p["title"], p) for p in app_tables.products.search()]

    def save_click(self, **event_args):
        anvil.server.call('save_preferences', {"last_products": self.product_picker.selected_value is not None})
        skus = [p["sku"] for p in self.chosen_products()]
        number = anvil.server.call('place_order', self.customer_box.text, skus)
        alert("Order {} placed".format(number))
        open_form('Main')

    def chosen_products(self):
        return [self.product_picker.selected_value] if self.product_picker.selected_value else []
