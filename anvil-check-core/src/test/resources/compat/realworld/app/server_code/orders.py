# expect-min: 3.6
# expect: PY101 f-strings
import anvil.server
from anvil.tables import app_tables
import anvil.tables.query as q
from datetime import datetime


@anvil.server.callable
def list_open_orders(customer_id):
    rows = app_tables.orders.search(customer=customer_id, status=q.none_of("closed", "cancelled"))
    return [dict(r) for r in rows]


@anvil.server.callable
def close_order(order_id, reason=None):
    row = app_tables.orders.get_by_id(order_id)
    if row is None:
        raise ValueError(f"no order {order_id}")
    row["status"] = "closed"
    row["closed_at"] = datetime.now()
    if reason:
        row["notes"] = (row["notes"] or "") + "\n" + reason
    return True
