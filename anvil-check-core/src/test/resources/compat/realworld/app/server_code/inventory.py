# expect-min: 3.10
# expect: PY101 match-statement
import anvil.server
from anvil.tables import app_tables


@anvil.server.callable
def adjust_stock(sku, command):
    row = app_tables.stock.get(sku=sku)
    match command:
        case {"op": "add", "qty": int(n)} if n > 0:
            row["qty"] += n
        case {"op": "remove", "qty": int(n)}:
            row["qty"] = max(0, row["qty"] - n)
        case {"op": "set", "qty": n}:
            row["qty"] = n
        case _:
            raise ValueError("unknown command")
    return row["qty"]
