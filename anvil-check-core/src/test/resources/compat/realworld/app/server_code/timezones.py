# expect-min: 3.9
# expect: PY201 zoneinfo
import anvil.server
from datetime import datetime
from zoneinfo import ZoneInfo

OFFICE_ZONES = {
    "london": "Europe/London",
    "new_york": "America/New_York",
    "sydney": "Australia/Sydney",
}


@anvil.server.callable
def office_times():
    now = datetime.now(ZoneInfo("UTC"))
    result = {}
    for office, zone in OFFICE_ZONES.items():
        local = now.astimezone(ZoneInfo(zone))
        result[office] = local.strftime("%H:%M")
    return result
