# expect-min: 3.0
# expect: PY402 decimal
from ._anvil_designer import ReportFormTemplate
from anvil import *
import decimal


class ReportForm(ReportFormTemplate):
    def __init__(self, month=None, year=None, **properties):
        self.init_components(**properties)
        self.month = month
        self.year = year

    def format_money(self, value):
        d = decimal.Decimal(str(value)).quantize(decimal.Decimal("0.01"))
        return "GBP " + str(d)
