# expect-min: 3.8
# expect: PY201 statistics.quantiles
import statistics
from anvil.tables import app_tables
import anvil.server


@anvil.server.callable
def delivery_times():
    days = [r["delivered"] - r["ordered"] for r in app_tables.orders.search(status="delivered")]
    days = [d.days for d in days]
    if len(days) < 4:
        return None
    q1, q2, q3 = statistics.quantiles(days, n=4)
    return {"q1": q1, "median": q2, "q3": q3, "worst": max(days)}
