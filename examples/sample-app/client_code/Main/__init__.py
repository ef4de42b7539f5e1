from ._anvil_designer import MainTemplate
from anvil import *
import anvil.server
import anvil.users
from anvil.tables import app_tables

from ..formatting import money


class Main(MainTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)
        anvil.users.login_with_form()
        self.refresh()

    def refresh(self):
        orders = anvil.server.call('list_open_orders')
        self.orders_panel.items = [
            {"number": o["number"], "total": money(o["total"])} for o in orders
        ]
        self.tag_count.text = "{} tags".format(len(app_tables.tags.search()))

    def new_order_click(self, **event_args):
        open_form('OrderEdit')

    def logout_click(self, **event_args):
        anvil.users.logout()
        open_form('Main')
