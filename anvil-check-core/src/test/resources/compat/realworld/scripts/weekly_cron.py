# expect-min: 3.6
# expect: PY101 f-strings
import calendar
import datetime
import logging

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("cron")


def last_friday(year, month):
    days = calendar.monthcalendar(year, month)
    fridays = [w[calendar.FRIDAY] for w in days if w[calendar.FRIDAY]]
    return datetime.date(year, month, fridays[-1])


if __name__ == "__main__":
    today = datetime.date.today()
    payday = last_friday(today.year, today.month)
    log.info(f"payday this month: {payday:%A %d %B}")
