# expect-min: 3.9
# expect: PY201 zoneinfo
import zoneinfo
from datetime import datetime


def european_zones():
    return sorted(z for z in zoneinfo.available_timezones() if z.startswith("Europe/"))


def now_everywhere(zones):
    return {z: datetime.now(zoneinfo.ZoneInfo(z)).strftime("%H:%M") for z in zones}
