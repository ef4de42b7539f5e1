# expect-min: 3.7
# expect: PY201 datetime.date.fromisoformat
import anvil.server
from datetime import date, timedelta


def working_days(start, end, holidays=()):
    day = start
    count = 0
    while day <= end:
        if day.weekday() < 5 and day not in holidays:
            count += 1
        day += timedelta(days=1)
    return count


@anvil.server.callable
def days_between(start_iso, end_iso):
    start = date.fromisoformat(start_iso)
    end = date.fromisoformat(end_iso)
    return working_days(start, end)
