# expect-min: 3.0
# expect: none
from ._anvil_designer import DashboardTemplate
from anvil import *
import anvil.server
import anvil.users


class Dashboard(DashboardTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)
        user = anvil.users.get_user()
        self.label_welcome.text = "Welcome back, " + (user["name"] if user else "guest")
        self.refresh()

    def refresh(self):
        stats = anvil.server.call("dashboard_stats")
        self.label_orders.text = str(stats["orders"])
        self.label_revenue.text = "%.2f" % stats["revenue"]

    def timer_tick(self, **event_args):
        with anvil.server.no_loading_indicator:
            self.refresh()
