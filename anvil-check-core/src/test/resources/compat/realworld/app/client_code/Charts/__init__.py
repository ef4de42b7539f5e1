# expect-min: 3.8
# expect: PY201 statistics.fmean
# expect: PY402 statistics
from ._anvil_designer import ChartsTemplate
from anvil import *
import plotly.graph_objects as go
import anvil.server
import statistics


class Charts(ChartsTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)
        data = anvil.server.call("weekly_sales")
        weeks = [d["week"] for d in data]
        sales = [d["sales"] for d in data]
        avg = statistics.fmean(sales)
        self.plot_sales.data = [
            go.Bar(x=weeks, y=sales, name="Sales"),
            go.Scatter(x=weeks, y=[avg] * len(weeks), name="Average"),
        ]
