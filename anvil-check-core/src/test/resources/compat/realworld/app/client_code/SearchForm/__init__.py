# expect-min: 3.8
# expect: PY101 walrus
# expect: PY401 walrus
from ._anvil_designer import SearchFormTemplate
from anvil import *
import anvil.server


class SearchForm(SearchFormTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)

    def text_box_query_pressed_enter(self, **event_args):
        if (query := self.text_box_query.text.strip()):
            self.repeating_panel_results.items = anvil.server.call("search_products", query)
        else:
            self.repeating_panel_results.items = []
