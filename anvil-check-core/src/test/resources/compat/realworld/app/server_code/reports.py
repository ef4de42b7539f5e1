# expect-min: 3.8
# expect: PY201 statistics.fmean
# expect: PY201 statistics
import anvil.server
import statistics
from anvil.tables import app_tables


@anvil.server.callable
def revenue_summary(year):
    totals = [r["total"] for r in app_tables.invoices.search() if r["issued"].year == year]
    if not totals:
        return {"count": 0}
    return {
        "count": len(totals),
        "mean": statistics.fmean(totals),
        "median": statistics.median(totals),
        "max": max(totals),
    }
