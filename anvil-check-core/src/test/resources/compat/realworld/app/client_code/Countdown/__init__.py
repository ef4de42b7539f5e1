# expect-min: 3.6
# expect: PY101 f-strings
from ._anvil_designer import CountdownTemplate
from anvil import *
from datetime import datetime


class Countdown(CountdownTemplate):
    def __init__(self, deadline, **properties):
        self.init_components(**properties)
        self.deadline = deadline

    def timer_tick(self, **event_args):
        left = self.deadline - datetime.now()
        secs = max(0, int(left.total_seconds()))
        h, rem = divmod(secs, 3600)
        m, s = divmod(rem, 60)
        self.label.text = f"{h:02d}:{m:02d}:{s:02d}"
        if secs == 0:
            self.timer.interval = 0
