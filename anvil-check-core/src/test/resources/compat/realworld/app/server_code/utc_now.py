# expect-min: 3.11
# expect: PY201 datetime.UTC
import datetime as dt
import anvil.server


@anvil.server.callable
def server_time():
    now = dt.datetime.now(dt.UTC)
    return {"iso": now.isoformat(), "epoch": now.timestamp()}


def age_in_days(when):
    return (dt.datetime.now(dt.UTC) - when).days
