# expect-min: 3.10
# expect: PY201 statistics.correlation
# expect: PY201 statistics.linear_regression
import statistics
import anvil.server
from anvil.tables import app_tables


@anvil.server.callable
def ad_spend_vs_sales():
    rows = list(app_tables.weekly.search())
    spend = [r["ad_spend"] for r in rows]
    sales = [r["sales"] for r in rows]
    if len(rows) < 3:
        return None
    slope, intercept = statistics.linear_regression(spend, sales)
    return {
        "r": statistics.correlation(spend, sales),
        "slope": slope,
        "intercept": intercept,
    }
