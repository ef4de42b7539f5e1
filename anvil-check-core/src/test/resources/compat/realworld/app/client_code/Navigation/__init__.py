# expect-min: 3.0
# expect: none
from ._anvil_designer import NavigationTemplate
from anvil import *
from ..Dashboard import Dashboard
from ..OrderForm import OrderForm
from ..Settings import Settings

PAGES = {"dashboard": Dashboard, "orders": OrderForm, "settings": Settings}


class Navigation(NavigationTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)
        self.go("dashboard")

    def go(self, name):
        self.content_panel.clear()
        self.content_panel.add_component(PAGES[name]())
        for link in self.column_panel_links.get_components():
            link.role = "selected" if link.tag.name == name else None

    def link_click(self, **event_args):
        self.go(event_args["sender"].tag.name)
