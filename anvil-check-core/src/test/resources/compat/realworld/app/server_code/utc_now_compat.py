# expect-min: 3.2
# expect: PY201 datetime.timezone
from datetime import datetime, timezone
import anvil.server


@anvil.server.callable
def server_time():
    now = datetime.now(timezone.utc)
    return now.replace(microsecond=0).isoformat()


def parse_ts(text):
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S%z").astimezone(timezone.utc)
