# expect-min: 3.0
# expect: none
from ._anvil_designer import CalendarViewTemplate
from anvil import *
import calendar
from datetime import date


class CalendarView(CalendarViewTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)
        self.show_month(date.today().year, date.today().month)

    def show_month(self, year, month):
        self.label_month.text = calendar.month_name[month] + " " + str(year)
        weeks = calendar.monthcalendar(year, month)
        self.repeating_panel_weeks.items = [{"days": w} for w in weeks]
