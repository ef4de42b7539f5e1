# expect-min: 3.0
# expect: none
from ._anvil_designer import Charts2Template
from anvil import *
import plotly.graph_objects as go
import anvil.server


def mean(values):
    return sum(values) / len(values) if values else 0


class Charts2(Charts2Template):
    def __init__(self, **properties):
        self.init_components(**properties)
        data = anvil.server.call("weekly_sales")
        sales = [d["sales"] for d in data]
        self.plot_sales.data = [go.Scatter(y=sales), go.Scatter(y=[mean(sales)] * len(sales))]
        self.plot_sales.layout.title = "Weekly sales"
