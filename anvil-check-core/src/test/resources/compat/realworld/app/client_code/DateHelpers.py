# expect-min: 3.7
# expect: PY201 datetime.date.fromisoformat
from datetime import date, datetime, timedelta


def parse_day(text):
    return date.fromisoformat(text)


def week_range(day):
    start = day - timedelta(days=day.weekday())
    return start, start + timedelta(days=6)


def friendly(dt):
    delta = datetime.now() - dt
    if delta < timedelta(minutes=1):
        return "just now"
    if delta < timedelta(hours=1):
        return "{} min ago".format(delta.seconds // 60)
    return dt.strftime("%d %b %H:%M")
