# expect-min: 3.0
# expect: none
import anvil.server
from datetime import datetime

try:
    from zoneinfo import ZoneInfo
except ImportError:
    from backports.zoneinfo import ZoneInfo


@anvil.server.callable
def to_local(ts, zone_name):
    zone = ZoneInfo(zone_name)
    if ts.tzinfo is None:
        raise ValueError("naive timestamp")
    return ts.astimezone(zone)


@anvil.server.callable
def now_in(zone_name):
    return datetime.now(ZoneInfo(zone_name)).isoformat()
